// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TextInput.h"

#include "cli/PassphraseInput.h"
#include "storage/SecureBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstdio>

namespace kap::cli {

std::optional<Failure> TextInput::checkReadable(const QString& path)
{
    if (PassphraseInput::isStdin(path)) {
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (!info.exists() || info.isDir() || !info.isReadable()) {
        return Failure { ExitFile, tr("Cannot read %1: no such readable file.").arg(path) };
    }
    return std::nullopt;
}

Outcome<QString> TextInput::read(const QString& path)
{
    QFile file;
    bool opened = false;
    if (PassphraseInput::isStdin(path)) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return Failure { ExitFile, tr("Cannot read %1: %2").arg(path, file.errorString()) };
    }
    QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        SecureBytes::wipe(bytes);
        return Failure { ExitInvalidData, tr("%1 is larger than %2 MiB.").arg(path).arg(MaxBytes / (1024 * 1024)) };
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    SecureBytes::wipe(bytes);
    if (decoder.hasError()) {
        SecureBytes::wipe(text);
        return Failure { ExitInvalidData, tr("%1 is not UTF-8 text.").arg(path) };
    }
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
    }
    return text;
}

} // namespace kap::cli
