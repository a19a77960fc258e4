// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliOutcome.h"

#include "text/ErrorText.h"

namespace kap::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::EmptyPassphrase:
    case ErrorCode::PassphraseTooLong:
    case ErrorCode::WrongPassphrase:
        return ExitPassphrase;
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::TargetIsJournal:
    case ErrorCode::TargetIsJournalSideFile:
    case ErrorCode::TargetIsJournalFile:
    case ErrorCode::CipherMismatch:
    case ErrorCode::NotAJournal:
    case ErrorCode::PlaintextDatabase:
    case ErrorCode::Corrupted:
    case ErrorCode::NewerVersion:
    case ErrorCode::InUse:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        return ExitFile;
    case ErrorCode::Conflict:
    case ErrorCode::InvalidArgument:
        return ExitInvalidData;
    case ErrorCode::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

Failure failureFrom(const Error& error)
{
    return Failure { exitCodeFor(error.code), ErrorText::describe(error), error.code };
}

} // namespace kap::cli
