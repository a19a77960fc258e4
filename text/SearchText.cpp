// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/SearchText.h"

#include <QStringList>

namespace kap {

QString SearchText::field(SearchField field)
{
    switch (field) {
    case SearchField::Title:
        return tr("title");
    case SearchField::Body:
        return tr("text", "an integration note's text");
    case SearchField::Tags:
        return tr("tags");
    case SearchField::Intention:
        return tr("intention");
    case SearchField::Experience:
        return tr("experience");
    case SearchField::Provider:
        return tr("provider");
    case SearchField::SessionDetails:
        return tr("session details", "route, setting, who was present, side effects");
    case SearchField::CheckinNote:
        return tr("check-in note");
    case SearchField::PhaseLabel:
        return tr("phase name");
    case SearchField::PhaseNotes:
        return tr("phase notes");
    }
    return {};
}

QString SearchText::foundIn(const QList<SearchField>& fields)
{
    if (fields.isEmpty()) {
        return {};
    }
    QStringList labels;
    for (const SearchField f : fields) {
        labels << field(f);
    }
    return tr("found in: %1").arg(labels.join(tr(", ", "between the fields of 'found in: title, text'")));
}

} // namespace kap
