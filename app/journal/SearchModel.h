// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "storage/SearchRepository.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QQmlEngine>
#include <QTimer>

namespace kap {

/// Full-text search results for SearchPage.qml: notes, sessions, check-ins and phases, each
/// saying where its words were found. Setting `query` starts a search after a short
/// pause in typing; the search itself runs on a worker thread (QtConcurrent) with its own
/// connection to the journal (Journal::openSecondConnection(), closed before the task ends),
/// never the GUI thread's, which is not thread-safe and may be writing at the same moment. The
/// worker therefore sees committed entries only. Only the newest answer is shown. Snippets come
/// back as rich text with the matched words in bold and everything the person wrote
/// HTML-escaped. Locking waits for a running search (and so for its copy of the key to be
/// wiped), then clears the results.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Milliseconds of typing pause before searching.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "note", "session", "checkin" or "phase" (entryKindKey)
        RecordIdRole,
        WhenTextRole, ///< localized date
        TitleRole, ///< plain text; empty for check-ins
        SnippetRole, ///< rich text: escaped, matched words in <b>
        PlainSnippetRole, ///< the snippet without markers (screen readers)
        KindTextRole, ///< "Mood check-in", "Phase"... (EntryText::entryKind)
        FoundInRole, ///< "found in: check-in note" (SearchText::foundIn)
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject* parent = nullptr);
    ~SearchModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    bool isBusy() const { return m_busy; }
    int count() const { return static_cast<int>(m_hits.size()); }
    int delay() const { return m_timer.interval(); }
    void setDelay(int ms);
    QString errorMessage() const { return m_errorMessage; }

    /// Searches now instead of after the pause.
    Q_INVOKABLE void searchNow();
    Q_INVOKABLE void clear();

    /// The snippet as safe rich text: HTML escaped, SearchRepository markers turned into <b>.
    static QString toRichText(const QString& snippet);
    /// The snippet with the markers removed.
    static QString toPlainText(const QString& snippet);

Q_SIGNALS:
    void queryChanged();
    void busyChanged();
    void countChanged();
    void delayChanged();
    void errorMessageChanged();
    /// A search finished and its results are in the model.
    void finished();

private:
    using Hits = Result<QList<SearchHit>>;
    void start();
    void onFinished();
    void setBusy(bool busy);
    void setError(const QString& message);
    void setHits(QList<SearchHit> hits);

    QString m_query;
    QList<SearchHit> m_hits;
    QTimer m_timer;
    QFutureWatcher<Hits> m_watcher;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_busy = false;
    bool m_pending = false;
    QString m_errorMessage;
};

} // namespace kap
