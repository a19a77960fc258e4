// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The trash command group: `delete KIND ID` (to the trash), `trash` (list), `untrash KIND ID`.
// Nothing here removes data for good.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/RecordFormat.h"
#include "cli/Validator.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrashRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kap::cli {

namespace {

/// Where a record is: absent, in the trash, or live.
enum class RecordState { Missing, Trashed, Live };

template <typename Repository> Result<RecordState> stateIn(Repository& repository, RecordId id)
{
    auto record = repository.get(id);
    if (!record) {
        if (record.code() == ErrorCode::NotFound) {
            return RecordState::Missing;
        }
        return record.error();
    }
    return record->meta.deletedAt ? RecordState::Trashed : RecordState::Live;
}

Result<RecordState> recordState(Journal& journal, EntryKind kind, RecordId id)
{
    switch (kind) {
    case EntryKind::Session:
        return stateIn(journal.sessions(), id);
    case EntryKind::Note:
        return stateIn(journal.notes(), id);
    case EntryKind::Checkin:
        return stateIn(journal.checkins(), id);
    case EntryKind::Questionnaire:
        return stateIn(journal.questionnaires(), id);
    case EntryKind::Phase:
        return stateIn(journal.phases(), id);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown kind"));
}

Status moveToTrash(Journal& journal, EntryKind kind, RecordId id)
{
    switch (kind) {
    case EntryKind::Session:
        return journal.sessions().moveToTrash(id);
    case EntryKind::Note:
        return journal.notes().moveToTrash(id);
    case EntryKind::Checkin:
        return journal.checkins().moveToTrash(id);
    case EntryKind::Questionnaire:
        return journal.questionnaires().moveToTrash(id);
    case EntryKind::Phase:
        return journal.phases().moveToTrash(id);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown kind"));
}

/// The shared part of delete and untrash: KIND ID arguments, opening, the record's state.
class RecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    QList<Positional> positionals() const override
    {
        return {
            { QStringLiteral("KIND"), tr("session, note, checkin, questionnaire or phase."), false },
            { QStringLiteral("ID"), tr("The entry's id (as printed by add-* and list)."), false },
        };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        const QStringList arguments = invocation.parser().positionalArguments();
        const auto kind = entryKindFromKey(arguments.at(0).toLower());
        const auto id = Validator::parseInteger(arguments.at(1));
        QStringList problems;
        if (!kind) {
            problems
                << tr("KIND must be session, note, checkin, questionnaire or phase (got \"%1\").").arg(arguments.at(0));
        }
        if (!id || *id < 1) {
            problems << tr("ID must be a positive whole number (got \"%1\").").arg(arguments.at(1));
        }
        if (!problems.isEmpty()) {
            for (const QString& problem : problems) {
                console.warn(problem);
            }
            return ExitInvalidData;
        }
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        auto state = recordState(*journal.value(), *kind, *id);
        if (!state) {
            return console.fail(failureFrom(state.error()));
        }
        if (state.value() == RecordState::Missing) {
            return console.fail(ExitInvalidData, tr("There is no %1 %2.").arg(RecordFormat::kindLabel(*kind)).arg(*id));
        }
        return act(*journal.value(), *kind, *id, state.value(), invocation);
    }

protected:
    virtual int act(Journal& journal, EntryKind kind, RecordId id, RecordState state, Invocation& invocation) = 0;
};

/// The item-9 answer (1-3) of a flagged PHQ-9, or 0.
int flaggedItem9Answer(Journal& journal, EntryKind kind, RecordId id)
{
    if (kind != EntryKind::Questionnaire) {
        return 0;
    }
    auto response = journal.questionnaires().get(id);
    return response ? questionnaire::item9Answer(response.value()) : 0;
}

/// `delete KIND ID`: moves a record to the trash. A PHQ-9 with item 9 answered above 0 needs
/// --confirm-item9, as the app asks first; storage keeps a dated trace the report shows.
class DeleteCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override { return tr("Move an entry to the trash (untrash brings it back)."); }
    QList<QCommandLineOption> options() const override { return { confirmItem9() }; }

protected:
    static QCommandLineOption confirmItem9()
    {
        return QCommandLineOption(QStringLiteral("confirm-item9"),
            tr("Needed to move a PHQ-9 whose item 9 (thoughts of death or self-harm) was answered above \"not at "
               "all\" to the trash. The journal keeps a dated note of it, and the report shows that note."));
    }

    int act(Journal& journal, EntryKind kind, RecordId id, RecordState state, Invocation& invocation) override
    {
        Console& console = invocation.console();
        if (state == RecordState::Trashed) {
            return console.fail(
                ExitInvalidData, tr("%1 %2 is already in the trash.").arg(RecordFormat::kindLabel(kind)).arg(id));
        }
        const int item9 = flaggedItem9Answer(journal, kind, id);
        if (item9 > 0 && !invocation.parser().isSet(confirmItem9())) {
            return console.fail(ExitInvalidData,
                tr("Questionnaire %1 answered item 9 (thoughts of death or self-harm) with %2 of 3. Moving it to the "
                   "trash leaves a dated note that your therapist report shows. Add --confirm-item9 to go ahead.")
                    .arg(id)
                    .arg(item9));
        }
        const Status status = moveToTrash(journal, kind, id);
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Moved %1 %2 to the trash").arg(RecordFormat::kindLabel(kind)).arg(id) << Qt::endl;
        if (item9 > 0) {
            console.out() << tr("A dated note that it was moved stays in the journal and appears in reports.")
                          << Qt::endl;
        }
        return ExitOk;
    }
};

/// `untrash KIND ID`: restores a record from the trash.
class UntrashCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(UntrashCommand)

public:
    QString name() const override { return QStringLiteral("untrash"); }
    QString summary() const override { return tr("Bring an entry back from the trash."); }

protected:
    int act(Journal& journal, EntryKind kind, RecordId id, RecordState state, Invocation& invocation) override
    {
        Console& console = invocation.console();
        if (state == RecordState::Live) {
            return console.fail(
                ExitInvalidData, tr("%1 %2 is not in the trash.").arg(RecordFormat::kindLabel(kind)).arg(id));
        }
        const Status status = journal.trash().restore(kind, id);
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Restored %1 %2 from the trash").arg(RecordFormat::kindLabel(kind)).arg(id) << Qt::endl;
        return ExitOk;
    }
};

/// `trash`: lists what is in the trash.
class TrashCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    QString name() const override { return QStringLiteral("trash"); }
    QString summary() const override { return tr("List the entries in the trash, most recently deleted first."); }
    QList<QCommandLineOption> options() const override { return { commonoptions::json() }; }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        auto items = journal.value()->trash().list();
        if (!items) {
            return console.fail(failureFrom(items.error()));
        }
        if (invocation.parser().isSet(commonoptions::json())) {
            QJsonArray array;
            for (const TrashItem& item : items.value()) {
                array.append(RecordFormat::toJson(item));
            }
            const QJsonObject document { { QStringLiteral("schema"), QStringLiteral("kapjournal-trash/1") },
                { QStringLiteral("items"), array } };
            console.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        if (items->isEmpty()) {
            console.out() << tr("The trash is empty.") << Qt::endl;
        }
        for (const TrashItem& item : items.value()) {
            console.out() << RecordFormat::toLine(item) << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDeleteCommand()
{
    return std::make_unique<DeleteCommand>();
}

std::unique_ptr<Command> makeTrashCommand()
{
    return std::make_unique<TrashCommand>();
}

std::unique_ptr<Command> makeUntrashCommand()
{
    return std::make_unique<UntrashCommand>();
}

} // namespace kap::cli
