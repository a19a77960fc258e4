// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `add-checkin`: a mood check-in.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"

namespace kap::cli {

namespace {

/// Adds one mood check-in (mood 0-10 and the optional ratings).
class AddCheckinCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddCheckinCommand)

public:
    QString name() const override { return QStringLiteral("add-checkin"); }
    QString summary() const override { return tr("Add a mood check-in (mood 0-10) and print its id."); }
    QString details() const override { return texts().advice(); }
    /// The note and the tags; --edit writes the note.
    static TextOptions texts()
    {
        return TextOptions(
            { { QStringLiteral("note"), tr("A short note.") }, TextOptions::tags() }, QStringLiteral("note"));
    }

    QList<QCommandLineOption> options() const override
    {
        return QList<QCommandLineOption> {
            { QStringLiteral("mood"), tr("Overall mood, 0 (worst) to 10 (best). Required."), QStringLiteral("0-10") },
            { QStringLiteral("anxiety"), tr("Anxiety, 0 to 10."), QStringLiteral("0-10") },
            { QStringLiteral("energy"), tr("Energy, 0 to 10."), QStringLiteral("0-10") },
            { QStringLiteral("sleep"), tr("Sleep quality, 0 to 10."), QStringLiteral("0-10") },
            commonoptions::at(tr("the check-in was")),
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
        if (!input.isSet(QStringLiteral("mood"))) {
            return console.fail(ExitUsage, tr("add-checkin needs --mood 0-10."));
        }
        MoodCheckin checkin;
        checkin.mood = input.integer(QStringLiteral("mood"), limits::RatingMin, limits::RatingMax).value_or(0);
        checkin.anxiety = input.integer(QStringLiteral("anxiety"), limits::RatingMin, limits::RatingMax);
        checkin.energy = input.integer(QStringLiteral("energy"), limits::RatingMin, limits::RatingMax);
        checkin.sleep = input.integer(QStringLiteral("sleep"), limits::RatingMin, limits::RatingMax);
        const auto at = input.dateTime(QStringLiteral("at"));
        if (!input.ok()) {
            return input.report(console);
        }

        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        QString tags;
        if (const auto unread = texts.read(invocation.parser(),
                { { QStringLiteral("note"), &checkin.note }, { QStringLiteral("tags"), &tags } })) {
            return console.fail(*unread);
        }
        checkin.tags = Validator::parseList({ tags });
        checkin.at = at ? *at : journal.value()->clock().now();
        auto id = journal.value()->checkins().add(checkin);
        SecureBytes::wipe(checkin.note);
        if (!id) {
            return console.fail(failureFrom(id.error()));
        }
        console.out() << tr("Added check-in %1").arg(id.value()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAddCheckinCommand()
{
    return std::make_unique<AddCheckinCommand>();
}

} // namespace kap::cli
