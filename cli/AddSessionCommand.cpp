// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `add-session`: a dose event with every field of Session as an option.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "storage/Journal.h"
#include "storage/SessionRepository.h"
#include "text/VitalsText.h"

namespace kap::cli {

namespace {

/// Adds one session. Every field is optional except the time, which defaults to now.
class AddSessionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddSessionCommand)

public:
    QString name() const override { return QStringLiteral("add-session"); }
    QString summary() const override { return tr("Add a session (one dose event) and print its id."); }
    QString details() const override
    {
        return tr("Every option is optional; --at defaults to now. --route-other alone implies --route other. "
                  "--cost needs --currency.")
            + QStringLiteral("\n\n") + texts().advice();
    }
    /// Every free-text field; --edit writes the experience.
    static TextOptions texts()
    {
        TextField sideEffects { QStringLiteral("side-effects"),
            tr("Side effects separated by commas (%1, or your words).")
                .arg(sideeffectkeys::all().join(QStringLiteral(", "))),
            QStringLiteral("a,b") };
        sideEffects.list = true;
        return TextOptions(
            {
                { QStringLiteral("route-other"), tr("The route in your own words (with --route other).") },
                { QStringLiteral("provider"), tr("Provider or clinic.") },
                { QStringLiteral("present"),
                    tr("Who was present (%1, or your words).").arg(presentkeys::all().join(QStringLiteral(", "))) },
                { QStringLiteral("intention"), tr("The intention you set beforehand.") },
                { QStringLiteral("dissociation-scale"), tr("The clinic's scale, e.g. CADSS."), QStringLiteral("NAME") },
                { QStringLiteral("experience"), tr("The experience in your own words.") },
                sideEffects,
            },
            QStringLiteral("experience"));
    }

    QList<QCommandLineOption> options() const override
    {
        const QString score = QStringLiteral("0-10");
        return QList<QCommandLineOption> {
            commonoptions::at(tr("the session took place")),
            { QStringLiteral("modality"), tr("One of %1.").arg(modalitykeys::all().join(QStringLiteral(", "))),
                QStringLiteral("KEY") },
            { QStringLiteral("route"), tr("One of %1.").arg(routekeys::all().join(QStringLiteral(", "))),
                QStringLiteral("KEY") },
            { QStringLiteral("dose-mg"), tr("Dose in mg."), QStringLiteral("MG") },
            { QStringLiteral("dose-mg-per-kg"), tr("Dose in mg per kg of body weight."), QStringLiteral("MG/KG") },
            { QStringLiteral("setting"), tr("One of %1.").arg(settingkeys::all().join(QStringLiteral(", "))),
                QStringLiteral("KEY") },
            { QStringLiteral("mood-before"), tr("Mood just before, 0 to 10."), score },
            { QStringLiteral("mood-after"), tr("Mood just after, 0 to 10."), score },
            { QStringLiteral("vitals"),
                tr("A timed reading, repeatable: WHEN[+MIN] [SYS/DIA] [hr=BPM] [spo2=PCT], e.g. \"before 122/80 "
                   "hr=72\", \"during+40 135/88\", \"discharge+120 124/82 spo2=98\". WHEN is before, during, "
                   "discharge or after; MIN the minutes after the dose."),
                QStringLiteral("READING") },
            { QStringLiteral("bp-before"), tr("Blood pressure before, e.g. 120/80 (same as --vitals \"before ...\")."),
                QStringLiteral("SYS/DIA") },
            { QStringLiteral("hr-before"), tr("Heart rate before, beats per minute."), QStringLiteral("BPM") },
            { QStringLiteral("bp-after"), tr("Blood pressure after, e.g. 135/85 (a reading without a time)."),
                QStringLiteral("SYS/DIA") },
            { QStringLiteral("hr-after"), tr("Heart rate after, beats per minute."), QStringLiteral("BPM") },
            { QStringLiteral("dissociation"),
                tr("Dissociation, your own rating 0 to 10 (%1).").arg(VitalsText::dissociationAnchors()), score },
            { QStringLiteral("dissociation-clinic"), tr("A score the clinic gave, e.g. 12."), QStringLiteral("SCORE") },
            { QStringLiteral("cost"), tr("What the session cost, e.g. 250.00."), QStringLiteral("AMOUNT") },
            { QStringLiteral("currency"), tr("Currency of the cost (ISO 4217, e.g. USD)."), QStringLiteral("CODE") },
        }
        + texts().options();
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        const TextOptions texts = this->texts();
        if (const auto refused = texts.check(invocation.parser(), console)) {
            return console.fail(*refused);
        }
        Session session;
        const auto at = input.dateTime(QStringLiteral("at"));
        session.modality = input.oneOf(QStringLiteral("modality"), modalitykeys::all()).value_or(QString());
        session.route = input.oneOf(QStringLiteral("route"), routekeys::all()).value_or(QString());
        if (texts.isGiven(invocation.parser(), QStringLiteral("route-other"))) {
            if (!input.isSet(QStringLiteral("route"))) {
                session.route = routekeys::Other;
            } else if (session.route != routekeys::Other && !session.route.isEmpty()) {
                input.addProblem(tr("--route-other goes with --route other (got --route %1).").arg(session.route));
            }
            // A file's text is checked once it is read, after the passphrase.
            if (input.isSet(QStringLiteral("route-other"))
                && input.text(QStringLiteral("route-other")).trimmed().isEmpty()) {
                input.addProblem(tr("--route-other must not be empty."));
            }
        } else if (session.route == routekeys::Other) {
            input.addProblem(tr("--route other needs --route-other TEXT to say which route."));
        }
        session.doseMg = input.positiveNumber(QStringLiteral("dose-mg"), limits::DoseMgMax);
        session.doseMgPerKg = input.positiveNumber(QStringLiteral("dose-mg-per-kg"), limits::DoseMgPerKgMax);
        session.setting = input.oneOf(QStringLiteral("setting"), settingkeys::all()).value_or(QString());
        session.moodBefore = input.integer(QStringLiteral("mood-before"), limits::RatingMin, limits::RatingMax);
        session.moodAfter = input.integer(QStringLiteral("mood-after"), limits::RatingMin, limits::RatingMax);
        // --bp-before / --hr-before and --bp-after / --hr-after are a "before" and an "after" reading.
        for (const auto& [moment, suffix] : { std::pair { VitalMoment::Before, QStringLiteral("before") },
                 std::pair { VitalMoment::After, QStringLiteral("after") } }) {
            VitalReading reading;
            reading.moment = moment;
            if (const auto bp = input.bloodPressure(QStringLiteral("bp-") + suffix)) {
                reading.systolic = bp->first;
                reading.diastolic = bp->second;
            }
            reading.heartRate
                = input.integer(QStringLiteral("hr-") + suffix, vitals::HeartRateMin, vitals::HeartRateMax);
            if (reading.systolic || reading.heartRate) {
                session.vitals.append(reading);
            }
        }
        session.vitals += input.vitalsReadings(QStringLiteral("vitals"));
        if (session.vitals.size() > vitals::MaxReadings) {
            input.addProblem(tr("At most %1 readings per session.").arg(vitals::MaxReadings));
        }
        session.dissociation = input.integer(QStringLiteral("dissociation"), limits::RatingMin, limits::RatingMax);
        session.dissociationClinicScore
            = input.integer(QStringLiteral("dissociation-clinic"), 0, vitals::ClinicScoreMax);
        session.costCents = input.money(QStringLiteral("cost"));
        session.currency = input.currency(QStringLiteral("currency")).value_or(QString());
        if (input.isSet(QStringLiteral("cost")) && !input.isSet(QStringLiteral("currency"))) {
            input.addProblem(tr("--cost needs --currency, e.g. --currency USD."));
        }
        if (!input.ok()) {
            return input.report(console);
        }

        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        // Read after the passphrase: both may come from standard input, passphrase first.
        QString sideEffects;
        if (const auto unread = texts.read(invocation.parser(),
                { { QStringLiteral("route-other"), &session.routeOther },
                    { QStringLiteral("provider"), &session.provider }, { QStringLiteral("present"), &session.present },
                    { QStringLiteral("intention"), &session.intention },
                    { QStringLiteral("dissociation-scale"), &session.dissociationClinicScale },
                    { QStringLiteral("experience"), &session.experience },
                    { QStringLiteral("side-effects"), &sideEffects } })) {
            return console.fail(*unread);
        }
        session.sideEffects = Validator::parseList({ sideEffects });
        session.routeOther = session.routeOther.trimmed();
        session.dissociationClinicScale = session.dissociationClinicScale.trimmed();
        if (texts.isGiven(invocation.parser(), QStringLiteral("route-other")) && session.routeOther.isEmpty()) {
            return console.fail(ExitInvalidData, tr("--route-other must not be empty."));
        }
        session.occurredAt = at ? *at : journal.value()->clock().now();
        auto id = journal.value()->sessions().add(session);
        for (QString* text : { &session.provider, &session.present, &session.intention, &session.experience }) {
            SecureBytes::wipe(*text);
        }
        if (!id) {
            return console.fail(failureFrom(id.error()));
        }
        console.out() << tr("Added session %1").arg(id.value()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAddSessionCommand()
{
    return std::make_unique<AddSessionCommand>();
}

} // namespace kap::cli
