// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace kap {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::bad_alloc();
    }
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size)
{
    SecureBytes bytes(size);
    if (size > 0) {
        std::memcpy(bytes.m_data, data, size);
    }
    return bytes;
}

SecureBytes SecureBytes::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes bytes = fromRaw(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return bytes;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // sodium_free wipes before freeing
        m_data = nullptr;
    }
    m_size = 0;
}

void SecureBytes::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void SecureBytes::wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace kap
