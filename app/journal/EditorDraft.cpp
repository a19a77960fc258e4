// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/EditorDraft.h"

#include "app/shell/JournalController.h"
#include "storage/DraftRepository.h"
#include "text/ErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kap {

namespace {

/// Compact JSON with sorted keys: equal content gives equal bytes, whatever the order or the
/// number types QML handed over.
QByteArray toJson(const QVariantMap& content)
{
    return QJsonDocument(QJsonObject::fromVariantMap(content)).toJson(QJsonDocument::Compact);
}

} // namespace

EditorDraft::EditorDraft(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(800); // as NoteForm
    connect(&m_timer, &QTimer::timeout, this, &EditorDraft::keep);
    JournalController* controller = JournalController::instance();
    connect(controller, &JournalController::keepDrafts, this, &EditorDraft::keepBeforeLock);
    // The journal closes: what was worth keeping has been kept (keepUnsavedWork came first).
    connect(controller, &JournalController::aboutToLock, this, &EditorDraft::deactivate);
}

EditorDraft::~EditorDraft()
{
    if (m_active && JournalController::instance()->journal()) {
        keep();
    }
}

void EditorDraft::setEditor(const QString& editor)
{
    if (m_editor == editor) {
        return;
    }
    m_editor = editor;
    Q_EMIT editorChanged();
}

void EditorDraft::setDescription(const QString& description)
{
    if (m_description == description) {
        return;
    }
    m_description = description;
    Q_EMIT editorChanged();
}

void EditorDraft::setContent(const QVariantMap& content)
{
    const QByteArray json = toJson(content);
    if (json == m_contentJson) {
        return;
    }
    const bool wasModified = isModified();
    m_content = content;
    m_contentJson = json;
    Q_EMIT contentChanged();
    if (!m_active) {
        return;
    }
    if (wasModified != isModified()) {
        Q_EMIT stateChanged();
    }
    if (!isOffered()) {
        m_timer.start();
    }
}

void EditorDraft::setSaveDelay(int ms)
{
    if (m_timer.interval() == ms) {
        return;
    }
    m_timer.setInterval(ms);
    Q_EMIT saveDelayChanged();
}

QString EditorDraft::offeredText() const
{
    if (!isOffered()) {
        return {};
    }
    const QLocale locale;
    const QDateTime local = m_offeredAt.toLocalTime();
    return tr("Unfinished changes from %1, %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

void EditorDraft::begin(qint64 recordId)
{
    if (m_active && isModified()) {
        keep(); // a second begin() without finish(): never drop what was there
    }
    m_timer.stop();
    m_active = true;
    m_recordId = recordId;
    m_baselineJson = m_contentJson;
    m_offeredJson.clear();
    m_keptJson.clear();
    m_offeredAt = {};
    m_errorMessage.clear();
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<std::optional<Draft>> kept = journal->drafts().find(m_editor, recordId);
        if (!kept) {
            m_errorMessage = ErrorText::describe(kept.error());
        } else if (kept.value()) {
            m_offeredJson = kept.value()->content.toUtf8();
            m_keptJson = m_offeredJson;
            m_offeredAt = kept.value()->savedAt;
        }
    }
    Q_EMIT stateChanged();
}

QVariantMap EditorDraft::takeOffered()
{
    if (!isOffered()) {
        return {};
    }
    const QVariantMap content = QJsonDocument::fromJson(m_offeredJson).object().toVariantMap();
    m_offeredJson.clear();
    Q_EMIT stateChanged();
    return content;
}

void EditorDraft::discardOffered()
{
    if (!isOffered()) {
        return;
    }
    if (Journal* journal = JournalController::instance()->journal()) {
        if (Status removed = journal->drafts().remove(m_editor, m_recordId); !removed) {
            setError(ErrorText::describe(removed.error()));
            return;
        }
    }
    m_offeredJson.clear();
    m_keptJson.clear();
    Q_EMIT stateChanged();
}

bool EditorDraft::keep()
{
    m_timer.stop();
    if (!m_active || isOffered()) {
        return true; // nothing of ours to keep, or the person has not chosen yet
    }
    const QByteArray wanted = isModified() ? m_contentJson : QByteArray();
    if (wanted == m_keptJson) {
        return true;
    }
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        setError(tr("The journal is locked."));
        return false;
    }
    // Back where it started: nothing left to keep.
    const Status status = wanted.isEmpty() ? journal->drafts().remove(m_editor, m_recordId)
                                           : journal->drafts().keep(m_editor, m_recordId, QString::fromUtf8(wanted));
    if (!status) {
        setError(ErrorText::describe(status.error()));
        return false;
    }
    m_keptJson = wanted;
    setError(QString());
    return true;
}

void EditorDraft::finish()
{
    m_timer.stop();
    if (!m_active) {
        return;
    }
    if (Journal* journal = JournalController::instance()->journal()) {
        if (Status removed = journal->drafts().remove(m_editor, m_recordId); !removed) {
            // The entry itself is safe; a stale draft is only offered again later.
            setError(ErrorText::describe(removed.error()));
        }
    }
    deactivate();
}

bool EditorDraft::close()
{
    if (!keep()) {
        return false;
    }
    deactivate();
    return true;
}

void EditorDraft::keepBeforeLock()
{
    if (!m_active || keep()) {
        return;
    }
    const QString what = m_description.isEmpty() ? tr("What you were writing") : m_description;
    JournalController::instance()->reportUnkeptWork(tr("%1 could not be kept: %2").arg(what, m_errorMessage));
}

void EditorDraft::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT stateChanged();
}

void EditorDraft::deactivate()
{
    m_timer.stop();
    if (!m_active) {
        return;
    }
    m_active = false;
    m_offeredJson.clear();
    m_keptJson.clear();
    m_recordId = 0;
    Q_EMIT stateChanged();
}

} // namespace kap
