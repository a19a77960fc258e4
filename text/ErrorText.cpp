// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/ErrorText.h"

namespace kap {

QString ErrorText::describe(const Error& error)
{
    return describe(error.code);
}

QString ErrorText::describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::EmptyPassphrase:
        return tr("Please enter a passphrase.");
    case ErrorCode::PassphraseTooLong:
        return tr("The report password can be at most 32 characters (fewer with accented letters): many PDF "
                  "readers, Evince and Okular among them, cannot open a report with a longer one.");
    case ErrorCode::WrongPassphrase:
        return tr("That passphrase does not open this journal. Check for typos and Caps Lock, then try again.");
    case ErrorCode::CipherMismatch:
        return tr("This journal was written with cipher settings this version cannot read. It was left "
                  "untouched; your passphrase was not the problem.");
    case ErrorCode::NotFound:
        return tr("There is no journal at that location.");
    case ErrorCode::AlreadyExists:
        return tr("A file already exists at that location. Choose another name so nothing is overwritten.");
    case ErrorCode::TargetIsJournal:
        return tr("That file is the journal itself. Nothing was written: saving there would destroy the journal. "
                  "Choose another name.");
    case ErrorCode::TargetIsJournalSideFile:
        return tr("That file belongs to a journal (its lock, rollback or working file). Nothing was written: "
                  "saving there could damage the journal. Choose another name.");
    case ErrorCode::TargetIsJournalFile:
        return tr("That file is a KAP Journal or a journal backup. It was not replaced and nothing was written. "
                  "Choose another name.");
    case ErrorCode::NotAJournal:
        return tr("This file is not a KAP Journal. It was left untouched.");
    case ErrorCode::PlaintextDatabase:
        return tr("This is an unencrypted database, not a KAP Journal. It was left untouched.");
    case ErrorCode::Corrupted:
        return tr("This journal is damaged or incomplete. It was left untouched; restore it from a backup.");
    case ErrorCode::NewerVersion:
        return tr("This journal was written by a newer version of KAP Journal. Update the app to open it; "
                  "the file was left untouched.");
    case ErrorCode::InUse:
        return tr("This journal is already open in another KAP Journal window or process.");
    case ErrorCode::ReadOnly:
        return tr("KAP Journal cannot write to this location. Check the folder's permissions.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Nothing was lost; free some space and try again.");
    case ErrorCode::Io:
        return tr("The file could not be read or written. Nothing was lost; try again.");
    case ErrorCode::Conflict:
        return tr("This entry was changed in another window since you opened it. Your text was kept; "
                  "review both versions before saving.");
    case ErrorCode::InvalidArgument:
        return tr("Some of the values are not valid.");
    case ErrorCode::Internal:
        return tr("Something unexpected went wrong. Nothing was lost.");
    }
    return tr("Something unexpected went wrong. Nothing was lost.");
}

QString ErrorText::describe(Warning warning)
{
    switch (warning) {
    case Warning::None:
        return {};
    case Warning::DurabilityUnconfirmed:
        return tr("It was saved, but the system could not confirm that it reached the disk (flushing the folder "
                  "failed). It is in place now; if the computer loses power soon, check it again.");
    }
    return {};
}

} // namespace kap
