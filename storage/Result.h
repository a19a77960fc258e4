// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kap {

/// What went wrong at the storage boundary. User-facing text is made from these codes in app/
/// (ErrorText), so storage never shows a sentence to a person; `detail` is technical context for
/// logs and tests and never contains journal content or secrets.
enum class ErrorCode {
    None,
    EmptyPassphrase,
    PassphraseTooLong, ///< an export password longer than every PDF reader opens (PdfEncryptor)
    WrongPassphrase,
    CipherMismatch, ///< the file (or the library) uses cipher settings other than the journal format
    NotFound, ///< the journal file (or a record) does not exist
    AlreadyExists, ///< refusing to overwrite an existing file
    TargetIsJournal, ///< a save target that is the open journal itself (SaveTarget)
    TargetIsJournalSideFile, ///< a save target that is a journal's lock, rollback or working file
    TargetIsJournalFile, ///< a save target that holds a journal header: another journal or a backup
    NotAJournal, ///< the file is not a KAP Journal (random bytes, another format)
    PlaintextDatabase, ///< an unencrypted SQLite file: refused, never opened
    Corrupted, ///< a journal that fails its integrity checks or is truncated
    NewerVersion, ///< written by a newer KAP Journal; this version refuses to touch it
    InUse, ///< opened by another process
    ReadOnly, ///< the file or its folder cannot be written
    DiskFull,
    Io,
    Conflict, ///< the record changed since it was read (edit in another window)
    InvalidArgument,
    Internal,
};

/// Something a successful operation wants said. The step completed and the state on disk is the
/// new one; only a promise about it could not be kept.
enum class Warning {
    None,
    /// The file was renamed into place, but the folder could not be flushed (fsync of the
    /// directory failed): after a power loss the rename might be undone.
    DurabilityUnconfirmed,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
};

/// A value or an Error. Storage functions return this instead of throwing.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit so `return value;` reads well
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

    /// A warning that goes with a value (Warning::None on failure too).
    Warning warning() const { return ok() ? m_warning : Warning::None; }
    void setWarning(Warning warning) { m_warning = warning; }

private:
    std::variant<T, Error> m_data;
    Warning m_warning = Warning::None;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

    /// Success that comes with a warning (the step completed; see Warning).
    static Status withWarning(Warning warning)
    {
        Status status;
        status.m_warning = warning;
        return status;
    }
    /// Warning::None on failure: a failure says everything in its error.
    Warning warning() const { return ok() ? m_warning : Warning::None; }
    /// Keeps the first warning: adds `other`'s to this status (for steps made of steps).
    void addWarning(Warning other)
    {
        if (m_warning == Warning::None) {
            m_warning = other;
        }
    }

private:
    Error m_error;
    Warning m_warning = Warning::None;
};

inline Error makeError(ErrorCode code, QString detail = {})
{
    return Error { code, std::move(detail) };
}

} // namespace kap
