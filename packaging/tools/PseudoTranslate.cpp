// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kap-pseudo-translate: turns a Qt Linguist .ts file of source strings into a pseudo-translation
// (en_XA) for the i18n tests. Every translation becomes "[" + accented source + padding + "]":
//  - the brackets show which on-screen text went through qsTr()/tr() (text without them was not
//    marked for translation),
//  - accented vowels show that non-ASCII text renders,
//  - the padding makes each string 40 % longer, the usual growth from English to German or
//    French, so layouts that cannot take longer text show it (in words of six characters for
//    longer strings, so that wrapping text can break it).
// Placeholders (%1, %L1, %n), rich-text tags and entities are kept intact so .arg() still works.
//
// Usage: kap-pseudo-translate SOURCE.ts OUTPUT.ts

#include <QFile>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <cstdio>

namespace {

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("aeiouyAEIOUYcCnN");
    static const QString fancy = QStringLiteral("áéíóúýÅÉÍÓÚÝçÇñÑ");
    const auto index = plain.indexOf(c);
    return index < 0 ? c : fancy.at(index);
}

/// The pseudo form of one source string.
QString pseudo(const QString& source)
{
    QString body;
    body.reserve(source.size() * 2);
    int visible = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'%' && i + 1 < source.size()) { // %1, %L1, %n, %%: copy verbatim
            const QChar next = source.at(i + 1);
            if (next == u'%' || next == u'n') {
                body += source.mid(i, 2);
                ++i;
                continue;
            }
            qsizetype digits = i + 1 + (next == u'L' ? 1 : 0);
            const qsizetype firstDigit = digits;
            while (digits < source.size() && source.at(digits).isDigit()) {
                ++digits;
            }
            if (digits > firstDigit) {
                body += source.mid(i, digits - i);
                i = digits - 1;
                continue;
            }
        }
        if (c == u'<' || c == u'&') { // rich-text tag or entity: copy up to its end
            const QChar end = c == u'<' ? u'>' : u';';
            const qsizetype close = source.indexOf(end, i);
            const bool isMarkup = close > i && (c == u'<' || close - i < 10);
            if (isMarkup) {
                body += source.mid(i, close - i + 1);
                i = close;
                continue;
            }
        }
        body += accented(c);
        ++visible;
    }
    // 40 % longer overall, counting the two brackets as part of the growth. Longer padding comes
    // in words of six, as a real translation grows by words too: wrapping text can break it, so a
    // label that wraps shows the layout's real limits rather than one impossibly long word.
    const int extra = std::max(0, static_cast<int>(std::ceil(visible * 0.4)) - 2);
    QString padding;
    for (int k = 0; k < extra; ++k) {
        if (extra > 6 && k % 7 == 0) {
            padding += u' ';
        } else {
            padding += (k % 2 == 0) ? u'~' : u'·';
        }
    }
    return QStringLiteral("[") + body + padding + QStringLiteral("]");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: kap-pseudo-translate SOURCE.ts OUTPUT.ts\n");
        return 1;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "kap-pseudo-translate: cannot open %s or %s\n", argv[1], argv[2]);
        return 3;
    }

    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));

    QString source;
    bool numerus = false;
    int messages = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"TS") {
                writer.writeStartElement(QStringLiteral("TS"));
                writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en_XA"));
                writer.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en"));
            } else if (name == u"context") {
                writer.writeStartElement(QStringLiteral("context"));
            } else if (name == u"name") {
                writer.writeTextElement(QStringLiteral("name"), reader.readElementText());
            } else if (name == u"message") {
                writer.writeStartElement(QStringLiteral("message"));
                numerus = reader.attributes().value(QStringLiteral("numerus")) == u"yes";
                if (numerus) {
                    writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
                }
                source.clear();
            } else if (name == u"source") {
                source = reader.readElementText();
                writer.writeTextElement(QStringLiteral("source"), source);
            } else if (name == u"comment" || name == u"extracomment") {
                writer.writeTextElement(name.toString(), reader.readElementText());
            } else if (name == u"translation") {
                reader.skipCurrentElement(); // replaced below, at the end of <message>
            }
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            if (name == u"message") {
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) { // English has two plural forms
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                } else {
                    writer.writeCharacters(pseudo(source));
                }
                writer.writeEndElement(); // translation
                writer.writeEndElement(); // message
                ++messages;
            } else if (name == u"context" || name == u"TS") {
                writer.writeEndElement();
            }
        }
    }
    if (reader.hasError()) {
        std::fprintf(stderr, "kap-pseudo-translate: %s: %s\n", argv[1], qPrintable(reader.errorString()));
        return 4;
    }
    writer.writeEndDocument();
    std::printf("kap-pseudo-translate: %d messages\n", messages);
    return 0;
}
