// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/SessionVocabulary.h"

#include "text/EntryText.h"
#include "text/RouteText.h"

#include <QVariantMap>

namespace kap {

namespace {

QVariantList choices(const QStringList& keys, QString (*label)(const QString&))
{
    QVariantList list;
    list.reserve(keys.size());
    for (const QString& key : keys) {
        list.append(QVariantMap { { QStringLiteral("key"), key }, { QStringLiteral("text"), label(key) } });
    }
    return list;
}

} // namespace

QVariantList SessionVocabulary::modalities()
{
    return choices(modalitykeys::all(), &EntryText::modality);
}

QVariantList SessionVocabulary::routes()
{
    QVariantList list = choices(routekeys::all(), &RouteText::choice);
    // The closed box shows the short label: "Sublingual (lozenge, troche)" does not fit a column.
    for (QVariant& choice : list) {
        QVariantMap map = choice.toMap();
        map.insert(QStringLiteral("brief"), RouteText::label(map.value(QStringLiteral("key")).toString()));
        choice = map;
    }
    return list;
}

QVariantList SessionVocabulary::settings()
{
    return choices(settingkeys::all(), &EntryText::setting);
}

QVariantList SessionVocabulary::present()
{
    return choices(presentkeys::all(), &EntryText::present);
}

QVariantList SessionVocabulary::sideEffects()
{
    return choices(sideeffectkeys::all(), &EntryText::sideEffect);
}

} // namespace kap
