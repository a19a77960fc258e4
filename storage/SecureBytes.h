// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace kap {

/// Bytes held in libsodium's guarded, locked memory (sodium_malloc) and wiped when freed.
/// Used for passphrases and keys so they never sit in ordinary heap memory that could be swapped
/// or left behind. Move-only: a secret has exactly one owner.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    /// Copies raw bytes in. The caller should wipe its own copy (see wipe()).
    static SecureBytes fromRaw(const void* data, std::size_t size);
    /// Copies the UTF-8 form of `text` in, then wipes the temporary UTF-8 buffer.
    static SecureBytes fromString(const QString& text);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool operator==(const SecureBytes& other) const;

    /// Wipes and frees now (also done by the destructor).
    void clear();

    /// Wipes a QByteArray's buffer in place (for transient copies that Qt APIs force on us).
    static void wipe(QByteArray& bytes);
    /// Best effort: overwrites a QString's buffer (only if it is not shared) and clears it.
    static void wipe(QString& text);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace kap
