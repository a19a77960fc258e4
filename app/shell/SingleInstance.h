// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace kap {

/// Keeps one running window per journal file. The first process for a journal listens on a
/// per-user local socket (in the user's private runtime directory) named after a hash of the
/// journal's canonical path; a later launch for the same journal connects, asks the first one to
/// raise its window, and exits. Only a fixed activation request is understood: no paths,
/// arguments or journal content cross the socket.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket for a journal: <runtime dir>/kapjournal-<first 16 hex of SHA-256(path)>.
    static QString serverNameFor(const QString& journalPath);

    /// Asks the instance that owns journalPath to raise its window. Blocks up to timeoutMs.
    /// True when such an instance answered (the caller should then exit).
    static bool activateRunning(const QString& journalPath, int timeoutMs = 2000);

    /// Becomes the instance for journalPath (stops listening for any previous journal). A socket
    /// left behind by a crashed instance is replaced. False if listening failed, e.g. because
    /// another live instance owns the journal.
    bool listen(const QString& journalPath);

    /// The socket currently listened on, or empty.
    QString serverName() const;

Q_SIGNALS:
    /// Another launch asked for this journal's window.
    void activationRequested();

private:
    void handleConnection();

    QLocalServer m_server;
};

} // namespace kap
