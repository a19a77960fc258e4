// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/JsonTransfer.h"

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SecureBytes.h"
#include "storage/SessionRepository.h"
#include "storage/TrashRepository.h"
#include "transfer/ImportFile.h"
#include "transfer/JsonExportFormat.h"

#include <QHash>

#include <algorithm>

namespace kap {

namespace {

/// Trashed records leave every list, so they are fetched one by one from the trash.
template <typename T, typename Repo>
Status appendTrashed(QList<T>& out, Repo& repo, const QList<TrashItem>& trash, EntryKind kind)
{
    for (const TrashItem& item : trash) {
        if (item.kind != kind) {
            continue;
        }
        auto record = repo.get(item.id);
        if (!record) {
            return record.error();
        }
        out.append(record.value());
    }
    std::sort(out.begin(), out.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return {};
}

} // namespace

Result<std::int64_t> JsonTransfer::recordCount(Journal& journal)
{
    return journal.recordCount();
}

Result<JournalSnapshot> JsonTransfer::snapshot(Journal& journal)
{
    // One read transaction for every table: a trash or restore from another connection between two
    // of these reads would drop a record or list it twice (and a doubled id makes import refuse
    // the file).
    JournalReadTransaction reading(journal);
    if (!reading.begun()) {
        return reading.begun().error();
    }
    JournalSnapshot s;
    s.exportedAt = journal.clock().now();
    s.schemaVersion = journal.schemaVersion();
    auto trash = journal.trash().list();
    if (!trash) {
        return trash.error();
    }
    auto phases = journal.phases().list();
    auto sessions = journal.sessions().list();
    auto notes = journal.notes().list();
    auto checkins = journal.checkins().list();
    auto questionnaires = journal.questionnaires().list(std::nullopt);
    if (!phases || !sessions || !notes || !checkins || !questionnaires) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot list records"));
    }
    s.phases = phases.value();
    s.sessions = sessions.value();
    s.notes = notes.value();
    s.checkins = checkins.value();
    s.questionnaires = questionnaires.value();
    auto item9Changes = journal.questionnaires().item9Changes();
    if (!item9Changes) {
        return item9Changes.error();
    }
    s.item9Changes = item9Changes.value();
    for (Status st : { appendTrashed(s.phases, journal.phases(), trash.value(), EntryKind::Phase),
             appendTrashed(s.sessions, journal.sessions(), trash.value(), EntryKind::Session),
             appendTrashed(s.notes, journal.notes(), trash.value(), EntryKind::Note),
             appendTrashed(s.checkins, journal.checkins(), trash.value(), EntryKind::Checkin),
             appendTrashed(s.questionnaires, journal.questionnaires(), trash.value(), EntryKind::Questionnaire) }) {
        if (!st) {
            return st.error();
        }
    }
    auto prefs = journal.preferences().all();
    if (!prefs) {
        return prefs.error();
    }
    s.preferences = prefs.value();
    return s;
}

Result<QByteArray> JsonTransfer::exportJson(Journal& journal)
{
    auto s = snapshot(journal);
    if (!s) {
        return s.error();
    }
    return JsonExportFormat::encode(s.value());
}

Status JsonTransfer::restoreInto(Journal& journal, const JournalSnapshot& snapshot)
{
    auto count = recordCount(journal);
    if (!count) {
        return count.error();
    }
    if (count.value() > 0) {
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("import-json needs an empty journal"));
    }
    JournalTransaction transaction(journal);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto finish = [&](EntryKind kind, RecordId id, const RecordMeta& meta) {
        return journal.restoreRecordMeta(kind, id, meta);
    };

    for (Phase p : snapshot.phases) {
        const RecordMeta meta = p.meta;
        auto id = journal.phases().add(p);
        if (!id) {
            return id.error();
        }
        if (Status s = finish(EntryKind::Phase, id.value(), meta); !s) {
            return s;
        }
    }
    QHash<RecordId, RecordId> sessionIds;
    for (Session s : snapshot.sessions) {
        const RecordId old = s.id;
        const RecordMeta meta = s.meta;
        auto id = journal.sessions().add(s);
        if (!id) {
            return id.error();
        }
        sessionIds.insert(old, id.value());
        if (Status st = finish(EntryKind::Session, id.value(), meta); !st) {
            return st;
        }
    }
    for (IntegrationNote n : snapshot.notes) {
        const RecordMeta meta = n.meta;
        if (n.sessionId) {
            if (!sessionIds.contains(*n.sessionId)) {
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("note links to a missing session"));
            }
            n.sessionId = sessionIds.value(*n.sessionId);
        }
        auto id = journal.notes().add(n);
        if (!id) {
            return id.error();
        }
        if (Status st = finish(EntryKind::Note, id.value(), meta); !st) {
            return st;
        }
    }
    for (MoodCheckin c : snapshot.checkins) {
        const RecordMeta meta = c.meta;
        auto id = journal.checkins().add(c);
        if (!id) {
            return id.error();
        }
        if (Status st = finish(EntryKind::Checkin, id.value(), meta); !st) {
            return st;
        }
    }
    QHash<RecordId, RecordId> questionnaireIds;
    for (QuestionnaireResponse q : snapshot.questionnaires) {
        const RecordId old = q.id;
        const RecordMeta meta = q.meta;
        auto id = journal.questionnaires().add(q);
        if (!id) {
            return id.error();
        }
        questionnaireIds.insert(old, id.value());
        if (Status st = finish(EntryKind::Questionnaire, id.value(), meta); !st) {
            return st;
        }
    }
    for (Item9Change change : snapshot.item9Changes) {
        if (change.questionnaireId) {
            if (!questionnaireIds.contains(*change.questionnaireId)) {
                return makeError(
                    ErrorCode::InvalidArgument, QStringLiteral("item-9 change links to a missing questionnaire"));
            }
            change.questionnaireId = questionnaireIds.value(*change.questionnaireId);
        }
        if (Status st = journal.questionnaires().restoreItem9Change(change); !st) {
            return st;
        }
    }
    for (auto it = snapshot.preferences.cbegin(); it != snapshot.preferences.cend(); ++it) {
        if (Status st = journal.preferences().setValue(it.key(), it.value()); !st) {
            return st;
        }
    }
    return transaction.commit();
}

Status JsonTransfer::importJson(Journal& journal, const QByteArray& json)
{
    auto snapshot = JsonExportFormat::decode(json);
    if (!snapshot) {
        return snapshot.error();
    }
    return restoreInto(journal, snapshot.value());
}

Result<JournalSnapshot> JsonTransfer::readFile(const QString& path, qsizetype maxBytes)
{
    auto bytes = ImportFile::read(path, std::min(maxBytes, JsonExportFormat::MaxInputBytes));
    if (!bytes) {
        return bytes.error();
    }
    auto snapshot = JsonExportFormat::decode(bytes.value());
    SecureBytes::wipe(bytes.value()); // the whole journal in plain text
    return snapshot;
}

QString JsonTransfer::describeFileError(const Error& error, qsizetype maxBytes)
{
    if (error.code == ErrorCode::InvalidArgument && error.detail == QLatin1String("too_large")) {
        return tr("The file is larger than %1, more than a KAP Journal export of 20 years with a long note every day.")
            .arg(ImportFile::formatSize(maxBytes));
    }
    if (error.code == ErrorCode::InvalidArgument && error.detail == QLatin1String("too_complex")) {
        return tr("The file holds far more separate values than a KAP Journal export of its size; reading it "
                  "would take more than %1 of memory.")
            .arg(ImportFile::formatSize(JsonExportFormat::MaxDocumentBytes));
    }
    return ImportFile::describe(error, maxBytes);
}

} // namespace kap
