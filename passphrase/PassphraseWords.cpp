// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passphrase/PassphraseWords.h"

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace kap {

namespace {
/// The words of passphrase-words.txt (a Qt resource, see CMakeLists.txt), read once. Each line
/// is ended with '\0' in place so the words can be handed out as C strings that live as long
/// as the process.
class WordList
{
public:
    WordList()
    {
        QFile file(QStringLiteral(":/kap/passphrase/passphrase-words.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            // Compiled into the library, so only a broken build gets here; generate() then
            // returns no passphrase rather than a weak one.
            qCritical("kap: the passphrase word list resource is missing");
            return;
        }
        m_text = file.readAll();
        if (!m_text.endsWith('\n')) {
            m_text.append('\n'); // every word, the last one too, gets its '\0' inside the text
        }
        char* const begin = m_text.data();
        char* const end = begin + m_text.size();
        for (char* line = begin; line < end;) {
            char* lineEnd = std::find(line, end, '\n');
            char* wordEnd = lineEnd;
            while (wordEnd > line && (wordEnd[-1] == '\r' || wordEnd[-1] == ' ' || wordEnd[-1] == '\t')) {
                --wordEnd;
            }
            if (wordEnd > line && *line != '#') {
                *wordEnd = '\0';
                m_words.push_back(line);
            }
            line = lineEnd + 1;
        }
    }

    std::span<const char* const> words() const { return m_words; }

private:
    QByteArray m_text;
    std::vector<const char*> m_words;
};
} // namespace

std::span<const char* const> passphraseWords()
{
    static const WordList list;
    return list.words();
}

} // namespace kap
