// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QQmlEngine>

namespace kap {

/// CrisisText for QML: the crisis panel, the questionnaire's item-9 message and the disclaimer
/// read the same sentences as the CLI.
class CrisisResources : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString notAlone READ notAlone CONSTANT)
    Q_PROPERTY(QString northAmerica READ northAmerica CONSTANT)
    Q_PROPERTY(QString elsewhere READ elsewhere CONSTANT)
    Q_PROPERTY(QString tellSomeone READ tellSomeone CONSTANT)
    Q_PROPERTY(QString notMonitored READ notMonitored CONSTANT)

public:
    using QObject::QObject;

    static QString notAlone();
    static QString northAmerica();
    static QString elsewhere();
    static QString tellSomeone();
    static QString notMonitored();
};

} // namespace kap
