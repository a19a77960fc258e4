// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/JournalCopies.h"
#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kap {

/// The copies beside a journal after its passphrase changed (SECURITY.md 21): the rolling
/// backups, before-restore copies and migration copies (JournalCopies) that still open with the
/// old passphrase, and what the person chose for them: re-encrypt them under the journal's new
/// key, delete them, or keep them (then nothing is called). A copy that the old passphrase does
/// not open (one with its own backup passphrase, a damaged one) is never touched.
///
/// Each copy's own KDF header decides how the old passphrase is turned into its key, so a copy
/// made before an earlier change of the KDF cost is found too; copies that share a header (the
/// usual case) cost one key derivation together. Slow (key derivation, copying): call it off the
/// GUI thread.
class OldCopies
{
public:
    /// What reencrypt() or remove() did, file by file.
    struct Outcome
    {
        QStringList changed; ///< re-encrypted (now open with the new passphrase only) or deleted
        QStringList untouched; ///< copies the old passphrase does not open: left as they are
        QStringList failed; ///< left as they were, still opening with the old passphrase
        Error firstError; ///< why the first of `failed` failed
        Warning warning = Warning::None; ///< a re-encrypted copy's rename may not be durable yet
        bool ok() const { return failed.isEmpty(); }
    };

    /// The copies beside the journal at `journalPath` that `oldPassphrase` still opens.
    static QList<JournalCopy> find(const QString& journalPath, const SecureBytes& oldPassphrase);

    /// Re-encrypts every copy that `oldPassphrase` opens so that `newKeySpec` (the re-keyed
    /// journal's Journal::keySpecForCopies()) opens it instead, one copy at a time, each atomically
    /// (Journal::rekeyCopy: verified, then renamed into place). No copy is migrated: a migration
    /// copy keeps its older schema version. A failure leaves that copy as it was and goes on.
    static Outcome reencrypt(
        const QString& journalPath, const SecureBytes& oldPassphrase, const SecureBytes& newKeySpec);

    /// Deletes every copy that `oldPassphrase` opens, with its rollback journal (`-journal`).
    static Outcome remove(const QString& journalPath, const SecureBytes& oldPassphrase);
};

} // namespace kap
