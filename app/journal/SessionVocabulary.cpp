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
    return choices(routekeys::all(), &RouteText::choice);
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
