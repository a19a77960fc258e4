// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SearchRepository.h"

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The words for where a search found its words (SearchField), shared by the search page and
/// the CLI so both say it the same way.
class SearchText
{
    Q_DECLARE_TR_FUNCTIONS(SearchText)

public:
    /// "title", "text", "tags", "intention", "check-in note", "phase notes"...
    static QString field(SearchField field);
    /// "found in: title, text" for SearchHit::foundIn; empty for an empty list.
    static QString foundIn(const QList<SearchField>& fields);
};

} // namespace kap
