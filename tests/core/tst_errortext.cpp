// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/ErrorText.h"

#include <QSet>
#include <QTest>

/// Every storage error code has its own clear sentence; none is empty and none leaks the technical
/// detail (which may name files or SQL).
class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnSentence()
    {
        const QList<kap::ErrorCode> codes = {
            kap::ErrorCode::EmptyPassphrase,
            kap::ErrorCode::WrongPassphrase,
            kap::ErrorCode::CipherMismatch,
            kap::ErrorCode::NotFound,
            kap::ErrorCode::AlreadyExists,
            kap::ErrorCode::TargetIsJournal,
            kap::ErrorCode::TargetIsJournalSideFile,
            kap::ErrorCode::TargetIsJournalFile,
            kap::ErrorCode::NotAJournal,
            kap::ErrorCode::PlaintextDatabase,
            kap::ErrorCode::Corrupted,
            kap::ErrorCode::NewerVersion,
            kap::ErrorCode::InUse,
            kap::ErrorCode::ReadOnly,
            kap::ErrorCode::DiskFull,
            kap::ErrorCode::Io,
            kap::ErrorCode::Conflict,
            kap::ErrorCode::InvalidArgument,
        };
        QSet<QString> seen;
        for (kap::ErrorCode code : codes) {
            const QString text = kap::ErrorText::describe(code);
            QVERIFY2(text.size() > 15, qPrintable(text));
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
            QVERIFY2(!seen.contains(text), qPrintable(QStringLiteral("duplicate sentence: ") + text));
            seen.insert(text);
        }
        QVERIFY(kap::ErrorText::describe(kap::ErrorCode::None).isEmpty());
    }

    void detailIsNotShown()
    {
        const kap::Error error { kap::ErrorCode::Io, QStringLiteral("open /home/x/secret.kapj: SQL near 'SELECT'") };
        const QString text = kap::ErrorText::describe(error);
        QVERIFY(!text.contains(QLatin1String("secret")));
        QVERIFY(!text.contains(QLatin1String("SELECT")));
    }

    void wrongPassphraseSaysWhatToDo()
    {
        const QString text = kap::ErrorText::describe(kap::ErrorCode::WrongPassphrase);
        QVERIFY(text.contains(QLatin1String("passphrase")));
        QVERIFY(text.contains(QLatin1String("Caps Lock")));
    }

    void cipherMismatchIsNotAboutThePassphrase()
    {
        // Someone who upgraded their system must not be sent looking for a typo.
        const QString text = kap::ErrorText::describe(kap::ErrorCode::CipherMismatch);
        QVERIFY(text.contains(QLatin1String("cipher settings this version cannot read")));
        QVERIFY(!text.contains(QLatin1String("Caps Lock")));
        QVERIFY(text.contains(QLatin1String("passphrase was not the problem")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
