// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/EntryText.h"

#include "text/PhaseKindText.h"
#include "text/RouteText.h"

#include <QLocale>
#include <QRegularExpression>

namespace kap {

QString EntryText::modality(const QString& key)
{
    if (key == modalitykeys::IvInfusion) {
        return tr("IV infusion");
    }
    if (key == modalitykeys::Kap) {
        return tr("Ketamine-assisted psychotherapy");
    }
    if (key == modalitykeys::Esketamine) {
        return tr("Esketamine nasal spray");
    }
    if (key == modalitykeys::Other) {
        return tr("Other");
    }
    return key;
}

QString EntryText::modalityBrief(const QString& key)
{
    if (key == modalitykeys::IvInfusion) {
        return tr("infusion", "a session's modality, briefly, after its route in a table");
    }
    if (key == modalitykeys::Kap) {
        return tr("KAP", "ketamine-assisted psychotherapy, briefly, after a session's route in a table");
    }
    if (key == modalitykeys::Esketamine) {
        return tr("esketamine", "a session's modality, briefly, after its route in a table");
    }
    return {};
}

QString EntryText::setting(const QString& key)
{
    if (key == settingkeys::Clinic) {
        return tr("Clinic");
    }
    if (key == settingkeys::Home) {
        return tr("Home");
    }
    if (key == settingkeys::Telehealth) {
        return tr("Telehealth");
    }
    if (key == settingkeys::Other) {
        return tr("Other");
    }
    return key;
}

QString EntryText::present(const QString& key)
{
    if (key == presentkeys::Therapist) {
        return tr("Therapist");
    }
    if (key == presentkeys::Sitter) {
        return tr("Sitter");
    }
    if (key == presentkeys::Alone) {
        return tr("Alone");
    }
    return key;
}

QString EntryText::sideEffect(const QString& key)
{
    if (key == sideeffectkeys::Nausea) {
        return tr("Nausea");
    }
    if (key == sideeffectkeys::Headache) {
        return tr("Headache");
    }
    if (key == sideeffectkeys::Dizziness) {
        return tr("Dizziness");
    }
    if (key == sideeffectkeys::Sedation) {
        return tr("Sedation");
    }
    if (key == sideeffectkeys::Anxiety) {
        return tr("Anxiety during session");
    }
    if (key == sideeffectkeys::Urinary) {
        return tr("Urinary symptoms");
    }
    return key;
}

QStringList EntryText::sideEffects(const QStringList& keys)
{
    QStringList labels;
    labels.reserve(keys.size());
    for (const QString& key : keys) {
        labels.append(sideEffect(key));
    }
    return labels;
}

QString EntryText::sideEffectInList(const QString& key)
{
    if (key == sideeffectkeys::Nausea) {
        return tr("nausea");
    }
    if (key == sideeffectkeys::Headache) {
        return tr("headache");
    }
    if (key == sideeffectkeys::Dizziness) {
        return tr("dizziness");
    }
    if (key == sideeffectkeys::Sedation) {
        return tr("sedation");
    }
    if (key == sideeffectkeys::Anxiety) {
        return tr("anxiety during session");
    }
    if (key == sideeffectkeys::Urinary) {
        return tr("urinary symptoms");
    }
    return key;
}

QString EntryText::sideEffectList(const QStringList& keys)
{
    QStringList words;
    words.reserve(keys.size());
    for (const QString& key : keys) {
        words.append(sideEffectInList(key));
    }
    return words.join(tr(", ", "between side effects in a list"));
}

QString EntryText::questionnaireName(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? tr("PHQ-9") : tr("GAD-7");
}

QString EntryText::entryKind(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Session:
        return tr("Session");
    case EntryKind::Note:
        return tr("Integration note");
    case EntryKind::Checkin:
        return tr("Mood check-in");
    case EntryKind::Questionnaire:
        return tr("Questionnaire");
    case EntryKind::Phase:
        return tr("Phase");
    }
    return {};
}

QString EntryText::phaseWeek(PhaseKind kind, const QString& label, int week)
{
    const QString name
        = label.isEmpty() ? PhaseKindText::label(kind) : tr("%1 (%2)").arg(PhaseKindText::label(kind), label);
    return tr("%1, week %2").arg(name).arg(week);
}

QString EntryText::doseMg(double mg, const QLocale& locale)
{
    return tr("%1 mg").arg(locale.toString(mg, 'g', 6));
}

QString EntryText::doseMgPerKg(double mgPerKg, const QLocale& locale)
{
    return tr("%1 mg/kg").arg(locale.toString(mgPerKg, 'g', 4));
}

QStringList EntryText::doses(const Session& session, const QLocale& locale)
{
    QStringList parts;
    if (session.doseMg) {
        parts.append(doseMg(*session.doseMg, locale));
    }
    if (session.doseMgPerKg) {
        parts.append(doseMgPerKg(*session.doseMgPerKg, locale));
    }
    return parts;
}

QString EntryText::dose(const Session& session)
{
    const QStringList parts = doses(session);
    return parts.isEmpty() ? QString() : parts.first();
}

QString EntryText::modalityInList(const QString& key)
{
    const QString brief = modalityBrief(key);
    return brief.isEmpty() ? modality(key) : brief;
}

QString EntryText::sessionSummary(const Session& session)
{
    const QString how = RouteText::label(session.route, session.routeOther);
    const QString amount = dose(session);
    if (how.isEmpty()) {
        return amount.isEmpty() ? tr("Session") : amount;
    }
    return amount.isEmpty() ? how : tr("%1, %2").arg(how, amount);
}

QString EntryText::shortTime(QTime time, const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Drop the seconds field with its separator (":ss", ".ss"), wherever the locale puts it.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace kap
