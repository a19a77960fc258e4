// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

namespace kap {

namespace {
// The whole protocol: one request line, one answer line.
constexpr QByteArrayView ActivateRequest = "KAPJ-ACTIVATE 1\n";
constexpr QByteArrayView ActivateAnswer = "OK\n";
constexpr qint64 MaxRequestBytes = 64;

QString canonicalJournalPath(const QString& journalPath)
{
    const QFileInfo info(journalPath);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist yet
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}
} // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent)
{
    // Only the same user may connect (the runtime directory is private as well).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    m_server.setMaxPendingConnections(4);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::handleConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& journalPath)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalJournalPath(journalPath).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty()) {
        dir = QDir::tempPath();
    }
    return QDir(dir).filePath(QStringLiteral("kapjournal-") + QString::fromLatin1(hash));
}

bool SingleInstance::activateRunning(const QString& journalPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(journalPath));
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(ActivateRequest.data(), ActivateRequest.size());
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    while (socket.bytesAvailable() < ActivateAnswer.size()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    return socket.read(ActivateAnswer.size()) == ActivateAnswer;
}

bool SingleInstance::listen(const QString& journalPath)
{
    const QString name = serverNameFor(journalPath);
    if (m_server.isListening() && m_server.fullServerName() == name) {
        return true;
    }
    m_server.close();
    // QLocalServer with socket options creates the socket elsewhere and renames it into place,
    // which would silently take the name from a live instance: look before listening.
    if (QFileInfo::exists(name)) {
        if (activateRunning(journalPath, 500)) {
            return false; // a live instance owns this journal
        }
        QLocalServer::removeServer(name); // left behind by a crash
    }
    return m_server.listen(name);
}

QString SingleInstance::serverName() const
{
    return m_server.isListening() ? m_server.fullServerName() : QString();
}

void SingleInstance::handleConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (socket->bytesAvailable() < ActivateRequest.size()) {
                return; // wait for the rest of the line
            }
            const QByteArray request = socket->read(MaxRequestBytes);
            if (request == ActivateRequest) {
                socket->write(ActivateAnswer.data(), ActivateAnswer.size());
                socket->flush();
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace kap
