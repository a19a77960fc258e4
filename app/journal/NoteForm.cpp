// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/NoteForm.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "storage/NoteRepository.h"
#include "storage/SessionRepository.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"

#include <QLocale>

namespace kap {

namespace {
constexpr int MaxSessionChoices = 200;
}

NoteForm::NoteForm(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(800);
    connect(&m_timer, &QTimer::timeout, this, &NoteForm::flush);
    // Save what is typed before the journal closes: nothing is ever lost to a lock. A note that
    // cannot be saved stops the lock (JournalController::lock says what happens then).
    connect(JournalController::instance(), &JournalController::keepUnsavedWork, this, &NoteForm::saveBeforeLock);
    connect(JournalController::instance(), &JournalController::aboutToLock, this, &NoteForm::reset);
}

NoteForm::~NoteForm()
{
    if (m_dirty && JournalController::instance()->journal()) {
        flush();
    }
}

QStringList NoteForm::prompts() const
{
    return { tr("What stood out?"), tr("What do I want to carry forward?"),
        tr("What changed in my relationships / sleep / habits this week?") };
}

int NoteForm::countWords(const QString& text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019);
        if (wordChar && !inWord) {
            ++words;
        }
        inWord = wordChar;
    }
    return words;
}

QStringList NoteForm::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}

int NoteForm::wordCount() const
{
    return countWords(m_note.body);
}

void NoteForm::setTitle(const QString& title)
{
    if (m_note.title == title) {
        return;
    }
    m_note.title = title;
    Q_EMIT titleChanged();
    changed();
}

void NoteForm::setBody(const QString& body)
{
    if (m_note.body == body) {
        return;
    }
    m_note.body = body;
    Q_EMIT bodyChanged();
    changed();
}

void NoteForm::setTagsText(const QString& text)
{
    if (m_tagsText == text) {
        return;
    }
    m_tagsText = text;
    m_note.tags = parseTags(text);
    Q_EMIT tagsTextChanged();
    changed();
}

void NoteForm::setSessionId(qint64 id)
{
    const std::optional<RecordId> linked = id > 0 ? std::optional<RecordId>(id) : std::nullopt;
    if (m_note.sessionId == linked) {
        return;
    }
    m_note.sessionId = linked;
    Q_EMIT sessionIdChanged();
    changed();
}

void NoteForm::setSaveDelay(int ms)
{
    if (m_timer.interval() == ms) {
        return;
    }
    m_timer.setInterval(ms);
    Q_EMIT saveDelayChanged();
}

void NoteForm::changed()
{
    setSaveState(true, m_conflict, m_errorMessage);
    m_timer.start();
}

bool NoteForm::flush()
{
    m_timer.stop();
    if (!m_dirty) {
        return true;
    }
    if (m_conflict) {
        return false; // the person decides (saveOverwriting) so neither version is lost silently
    }
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    const bool empty = m_note.title.trimmed().isEmpty() && m_note.body.trimmed().isEmpty() && m_note.tags.isEmpty();
    if (m_note.id == 0 && empty) {
        setSaveState(false, false, QString()); // nothing worth keeping yet
        return true;
    }
    Status status;
    if (m_note.id == 0) {
        Result<RecordId> added = journal->notes().add(m_note);
        status = added ? Status() : Status(added.error());
        if (added) {
            Q_EMIT recordIdChanged();
        }
    } else {
        status = journal->notes().update(m_note);
    }
    if (!status) {
        if (status.code() == ErrorCode::Conflict) {
            setSaveState(true, true,
                tr("This note was changed in another window. Your text is still here and has not been saved: "
                   "save it over the other version, or copy what you need first."));
        } else {
            setSaveState(true, false, ErrorText::describe(status.error()));
        }
        return false;
    }
    m_savedText = tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    setSaveState(false, false, QString());
    EntryActions::instance()->notifyChanged(EntryKind::Note);
    Q_EMIT saved(m_note.id);
    return true;
}

bool NoteForm::saveOverwriting()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal || m_note.id <= 0) {
        return false;
    }
    Result<IntegrationNote> current = journal->notes().get(m_note.id);
    if (!current) {
        setSaveState(true, false, ErrorText::describe(current.error()));
        return false;
    }
    m_note.meta = current->meta;
    m_conflict = false;
    m_dirty = true;
    return flush();
}

void NoteForm::openNew(qint64 sessionId)
{
    close();
    reset();
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return;
    }
    m_note.writtenAt = journal->clock().now();
    if (sessionId > 0) {
        m_note.sessionId = sessionId;
    } else if (Result<std::optional<Session>> latest = journal->sessions().latest(); latest && latest.value()) {
        m_note.sessionId = latest.value()->id;
    }
    loadSessionChoices();
    Q_EMIT titleChanged();
    Q_EMIT bodyChanged();
    Q_EMIT tagsTextChanged();
    Q_EMIT sessionIdChanged();
    Q_EMIT recordIdChanged();
}

bool NoteForm::openEdit(qint64 id)
{
    close();
    reset();
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    Result<IntegrationNote> note = journal->notes().get(id);
    if (!note) {
        setSaveState(false, false, ErrorText::describe(note.error()));
        return false;
    }
    m_note = std::move(note).value();
    m_tagsText = m_note.tags.join(QStringLiteral(", "));
    loadSessionChoices();
    Q_EMIT titleChanged();
    Q_EMIT bodyChanged();
    Q_EMIT tagsTextChanged();
    Q_EMIT sessionIdChanged();
    Q_EMIT recordIdChanged();
    return true;
}

bool NoteForm::moveToTrash()
{
    m_timer.stop();
    if (m_note.id <= 0) {
        reset();
        return false;
    }
    flush();
    const bool moved = EntryActions::instance()->moveToTrash(QStringLiteral("note"), m_note.id);
    if (moved) {
        reset();
    }
    return moved;
}

void NoteForm::close()
{
    if (m_dirty) {
        flush();
    }
    if (!m_conflict && !m_dirty) {
        reset();
    }
}

void NoteForm::saveBeforeLock()
{
    flush();
    if (m_conflict) {
        // The journal is closing and the text may not stay in memory; keeping both versions
        // beats choosing one for the person: this one becomes a separate note.
        m_note.id = 0;
        m_note.title = tr("%1 (conflicting copy)").arg(m_note.title.isEmpty() ? tr("Untitled note") : m_note.title);
        m_conflict = false;
        m_dirty = true;
        flush();
    }
    if (m_dirty) {
        // Still unsaved: the text stays here and the lock waits or asks (JournalController).
        JournalController::instance()->reportUnkeptWork(tr("Your note could not be saved: %1").arg(m_errorMessage));
    }
}

void NoteForm::reset()
{
    m_timer.stop();
    m_note = IntegrationNote {};
    m_tagsText.clear();
    m_sessionChoices.clear();
    m_savedText.clear();
    m_dirty = false;
    m_conflict = false;
    m_errorMessage.clear();
    Q_EMIT titleChanged();
    Q_EMIT bodyChanged();
    Q_EMIT tagsTextChanged();
    Q_EMIT sessionIdChanged();
    Q_EMIT sessionChoicesChanged();
    Q_EMIT recordIdChanged();
    Q_EMIT saveStateChanged();
}

void NoteForm::loadSessionChoices()
{
    m_sessionChoices.clear();
    m_sessionChoices.append(
        QVariantMap { { QStringLiteral("id"), qint64(0) }, { QStringLiteral("text"), tr("No session") } });
    if (Journal* journal = JournalController::instance()->journal()) {
        ListQuery query;
        query.order = SortOrder::NewestFirst;
        query.limit = MaxSessionChoices;
        Result<QList<Session>> sessions = journal->sessions().list(query);
        bool linkedListed = !m_note.sessionId;
        const QLocale locale;
        auto choice = [&locale](const Session& session) {
            return QVariantMap { { QStringLiteral("id"), qint64(session.id) },
                { QStringLiteral("text"),
                    tr("%1 — %2").arg(locale.toString(session.occurredAt.date(), QLocale::ShortFormat),
                        EntryText::sessionSummary(session)) } };
        };
        if (sessions) {
            for (const Session& session : sessions.value()) {
                linkedListed = linkedListed || session.id == m_note.sessionId;
                m_sessionChoices.append(choice(session));
            }
        }
        // An old linked session beyond the recent ones stays selectable.
        if (!linkedListed) {
            if (Result<Session> linked = journal->sessions().get(*m_note.sessionId); linked) {
                m_sessionChoices.append(choice(linked.value()));
            }
        }
    }
    Q_EMIT sessionChoicesChanged();
}

void NoteForm::setSaveState(bool dirty, bool conflict, const QString& message)
{
    if (m_dirty == dirty && m_conflict == conflict && m_errorMessage == message) {
        return;
    }
    m_dirty = dirty;
    m_conflict = conflict;
    m_errorMessage = message;
    Q_EMIT saveStateChanged();
}

} // namespace kap
