// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/SearchModel.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"
#include "text/SearchText.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace kap {

SearchModel::SearchModel(QObject* parent) : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SearchModel::start);
    connect(&m_watcher, &QFutureWatcher<Hits>::finished, this, &SearchModel::onFinished);
    JournalController* controller = JournalController::instance();
    connect(controller, &JournalController::aboutToLock, this, [this]() {
        // The worker holds a second connection with a copy of the key: let it finish (and close
        // that connection) before the journal closes.
        m_watcher.waitForFinished();
        ++m_generation; // its queued answer must not refill the cleared model
        m_pending = false;
        m_timer.stop();
        setBusy(false);
        m_query.clear();
        Q_EMIT queryChanged();
        clear();
    });
    connect(EntryActions::instance(), &EntryActions::entriesChanged, this, [this]() {
        if (!m_query.trimmed().isEmpty()) {
            m_timer.start();
        }
    });
}

SearchModel::~SearchModel()
{
    m_watcher.waitForFinished();
}

int SearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        return entryKindKey(hit.kind);
    case RecordIdRole:
        return qint64(hit.id);
    case WhenTextRole:
        return QLocale().toString(hit.at.date(), QLocale::LongFormat);
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case SnippetRole:
        return toRichText(hit.snippet);
    case PlainSnippetRole:
        return toPlainText(hit.snippet);
    case KindTextRole:
        return EntryText::entryKind(hit.kind);
    case FoundInRole:
        return SearchText::foundIn(hit.foundIn);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { RecordIdRole, "recordId" },
        { WhenTextRole, "whenText" },
        { TitleRole, "title" },
        { SnippetRole, "snippet" },
        { PlainSnippetRole, "plainSnippet" },
        { KindTextRole, "kindText" },
        { FoundInRole, "foundIn" },
    };
}

QString SearchModel::toRichText(const QString& snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    QString plain;
    bool bold = false;
    auto flush = [&html, &plain]() {
        html += plain.toHtmlEscaped();
        plain.clear();
    };
    for (const QChar c : snippet) {
        if (c.unicode() == SearchRepository::MatchStart) {
            flush();
            if (!bold) {
                html += QLatin1String("<b>");
                bold = true;
            }
        } else if (c.unicode() == SearchRepository::MatchEnd) {
            flush();
            if (bold) {
                html += QLatin1String("</b>");
                bold = false;
            }
        } else {
            plain += c;
        }
    }
    flush();
    if (bold) {
        html += QLatin1String("</b>");
    }
    return html;
}

QString SearchModel::toPlainText(const QString& snippet)
{
    QString plain = snippet;
    plain.remove(QChar(SearchRepository::MatchStart));
    plain.remove(QChar(SearchRepository::MatchEnd));
    return plain;
}

void SearchModel::setQuery(const QString& query)
{
    if (m_query == query) {
        return;
    }
    m_query = query;
    Q_EMIT queryChanged();
    if (m_query.trimmed().isEmpty()) {
        m_timer.stop();
        ++m_generation; // a running search's answer no longer applies
        clear();
        return;
    }
    m_timer.start();
}

void SearchModel::setDelay(int ms)
{
    if (m_timer.interval() == ms) {
        return;
    }
    m_timer.setInterval(ms);
    Q_EMIT delayChanged();
}

void SearchModel::searchNow()
{
    m_timer.stop();
    start();
}

void SearchModel::start()
{
    Journal* journal = JournalController::instance()->journal();
    const QString text = m_query.trimmed();
    if (!journal || text.isEmpty()) {
        return;
    }
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_pending = true; // search again with the newest text when this one ends
        return;
    }
    m_pending = false;
    m_runningGeneration = m_generation;
    // The worker gets its own connection: the GUI thread's one is not thread-safe and may be in
    // the middle of a write (a note's autosave). Opening it takes about 1 ms (no key derivation).
    auto second = journal->openSecondConnection();
    if (!second) {
        setError(ErrorText::describe(second.error()));
        setHits({});
        Q_EMIT finished();
        return;
    }
    setBusy(true);
    m_watcher.setFuture(
        QtConcurrent::run([connection = std::shared_ptr<Journal>(std::move(second).value()), text]() mutable -> Hits {
            Hits hits = connection->search().search(text, 100);
            connection.reset(); // closed, and its key copy wiped, before the GUI thread hears of it
            return hits;
        }));
}

void SearchModel::onFinished()
{
    Hits hits = m_watcher.result();
    const bool current = m_runningGeneration == m_generation && !m_pending;
    setBusy(false);
    if (m_pending) {
        start();
        return;
    }
    if (!current) {
        return;
    }
    if (!hits) {
        setError(ErrorText::describe(hits.error()));
        setHits({});
    } else {
        setError(QString());
        setHits(std::move(hits).value());
    }
    Q_EMIT finished();
}

void SearchModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    Q_EMIT countChanged();
}

void SearchModel::clear()
{
    if (!m_hits.isEmpty()) {
        setHits({});
    }
    setError(QString());
}

void SearchModel::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SearchModel::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap
