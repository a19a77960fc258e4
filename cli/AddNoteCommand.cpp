// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `add-note`: an integration note, linked to a session or free-standing.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/SessionRepository.h"

#include <limits>

namespace kap::cli {

namespace {

/// Adds one integration note; the body comes from an option, a file or standard input.
class AddNoteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)

public:
    QString name() const override { return QStringLiteral("add-note"); }
    /// The title, the body and the tags; --edit writes the body.
    static TextOptions texts()
    {
        return TextOptions({ { QStringLiteral("title"), tr("A title.") },
                               { QStringLiteral("body"), tr("The note's text.") }, TextOptions::tags() },
            QStringLiteral("body"));
    }
    QString summary() const override { return tr("Add an integration note and print its id."); }
    QString details() const override
    {
        return tr("The note is free-standing unless --session ID or --latest-session links it to a session. "
                  "With --passphrase-file - and --body-file - the first line of standard input is the "
                  "passphrase and the rest is the body.")
            + QStringLiteral("\n\n") + texts().advice();
    }

    QList<QCommandLineOption> options() const override
    {
        return QList<QCommandLineOption> {
            { QStringLiteral("session"), tr("Link the note to session ID."), QStringLiteral("ID") },
            { QStringLiteral("latest-session"), tr("Link the note to the most recent session.") },
        }
        + texts().options()
            + QList<QCommandLineOption> {
                  commonoptions::at(tr("the note was written")),
              };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        const TextOptions texts = this->texts();
        if (const auto refused = texts.check(invocation.parser(), console)) {
            return console.fail(*refused);
        }
        if (!texts.isGiven(invocation.parser(), QStringLiteral("body"))) {
            return console.fail(ExitUsage, tr("add-note needs --body-file PATH, --edit or --body TEXT."));
        }
        if (input.isSet(QStringLiteral("session")) && input.isSet(QStringLiteral("latest-session"))) {
            return console.fail(ExitUsage, tr("Give either --session or --latest-session, not both."));
        }
        IntegrationNote note;
        QString tags;
        const auto sessionId = input.integer(QStringLiteral("session"), 1, std::numeric_limits<int>::max());
        const auto at = input.dateTime(QStringLiteral("at"));
        if (!input.ok()) {
            return input.report(console);
        }

        auto opened = invocation.openJournal();
        if (!opened) {
            return console.fail(opened.failure());
        }
        Journal& journal = *opened.value();
        if (sessionId) {
            auto session = journal.sessions().get(*sessionId);
            if (!session) {
                return console.fail(session.code() == ErrorCode::NotFound
                        ? Failure { ExitInvalidData, tr("There is no session %1.").arg(*sessionId) }
                        : failureFrom(session.error()));
            }
            if (session->meta.deletedAt) {
                return console.fail(ExitInvalidData,
                    tr("Session %1 is in the trash; restore it first (kapjournal-cli untrash session %1).")
                        .arg(*sessionId));
            }
            note.sessionId = *sessionId;
        } else if (input.isSet(QStringLiteral("latest-session"))) {
            auto latest = journal.sessions().latest();
            if (!latest) {
                return console.fail(failureFrom(latest.error()));
            }
            if (!latest.value()) {
                return console.fail(ExitInvalidData, tr("There is no session yet to link the note to."));
            }
            note.sessionId = latest.value()->id;
        }
        // Read after the passphrase: both may come from standard input, passphrase first.
        if (const auto unread = texts.read(invocation.parser(),
                { { QStringLiteral("title"), &note.title }, { QStringLiteral("body"), &note.body },
                    { QStringLiteral("tags"), &tags } })) {
            return console.fail(*unread);
        }
        note.tags = Validator::parseList({ tags });
        note.writtenAt = at ? *at : journal.clock().now();
        auto id = journal.notes().add(note);
        SecureBytes::wipe(note.body);
        SecureBytes::wipe(note.title);
        if (!id) {
            return console.fail(failureFrom(id.error()));
        }
        if (note.sessionId) {
            console.out() << tr("Added note %1 (session %2)").arg(id.value()).arg(*note.sessionId) << Qt::endl;
        } else {
            console.out() << tr("Added note %1").arg(id.value()) << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAddNoteCommand()
{
    return std::make_unique<AddNoteCommand>();
}

} // namespace kap::cli
