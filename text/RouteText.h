// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The one translated label table for a session's route (storage's routekeys): the journal, its
/// editor and settings, Trends, the report and the CLI all show these words. Two forms: a short
/// one for tables and summaries, a longer one for the pickers, where "IM" alone says too little.
class RouteText
{
    Q_DECLARE_TR_FUNCTIONS(RouteText)

public:
    /// "Sublingual", "IM", "IV", "Intranasal", "Oral", "Other route". A key that is not one of
    /// routekeys::all() (free text from an older journal or an import) comes back as written.
    static QString label(const QString& key);
    /// As label(), but the person's own words for "other" when they wrote some.
    static QString label(const QString& key, const QString& otherWords);
    /// "Sublingual (lozenge, troche)", "Intramuscular injection", "Intravenous", ...: the words
    /// the route pickers offer. Falls back to label().
    static QString choice(const QString& key);
};

} // namespace kap
