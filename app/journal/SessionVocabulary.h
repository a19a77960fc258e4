// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace kap {

/// A session's vocabulary for QML: the stored keys (storage's modalitykeys, routekeys,
/// settingkeys, presentkeys, sideeffectkeys) with their translated labels (EntryText, RouteText), and the range of
/// every 0-10 rating (limits::). The session editor, the settings page and the check-in sliders read these, so a screen
/// never keeps its own copy of a list or a range.
class SessionVocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// [{ key, text }] in the order to offer them: "kap", "iv_infusion", "esketamine", "other".
    Q_PROPERTY(QVariantList modalities READ modalities CONSTANT)
    /// [{ key, text, brief }]: "sublingual", "im", "iv", "intranasal", "oral", "other"; text is
    /// the picker's words (RouteText::choice), brief the short label for a closed box.
    Q_PROPERTY(QVariantList routes READ routes CONSTANT)
    /// [{ key, text }]: "clinic", "home", "telehealth", "other".
    Q_PROPERTY(QVariantList settings READ settings CONSTANT)
    /// [{ key, text }]: "therapist", "sitter", "alone" (who was present).
    Q_PROPERTY(QVariantList present READ present CONSTANT)
    /// [{ key, text }]: "nausea", "headache", "dizziness", "sedation", "anxiety", "urinary".
    Q_PROPERTY(QVariantList sideEffects READ sideEffects CONSTANT)
    /// The lowest and highest value of a self-rating (mood, anxiety, energy, sleep, dissociation).
    Q_PROPERTY(int ratingMin READ ratingMin CONSTANT)
    Q_PROPERTY(int ratingMax READ ratingMax CONSTANT)

public:
    using QObject::QObject;

    static QVariantList modalities();
    static QVariantList routes();
    static QVariantList settings();
    static QVariantList present();
    static QVariantList sideEffects();
    static int ratingMin() { return limits::RatingMin; }
    static int ratingMax() { return limits::RatingMax; }
};

} // namespace kap
