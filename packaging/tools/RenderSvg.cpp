// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kap-render-svg: renders an SVG file into a square PNG of a given size with Qt's own SVG
// renderer, so the package's PNG icons are made from the one hand-drawn SVG at build time
// without another tool (rsvg-convert) in the build dependencies.
//
// Usage: kap-render-svg INPUT.svg OUTPUT.png SIZE

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: kap-render-svg INPUT.svg OUTPUT.png SIZE\n");
        return 1;
    }
    // No QGuiApplication: painting shapes into a QImage needs no platform plugin, so this runs on
    // build machines without a display.
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QByteArray(argv[3]).toInt(&ok);
    if (!ok || size < 8 || size > 4096) {
        std::fprintf(stderr, "kap-render-svg: SIZE must be a number between 8 and 4096\n");
        return 1;
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "kap-render-svg: cannot read %s\n", argv[1]);
        return 3;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "kap-render-svg: cannot write %s\n", argv[2]);
        return 3;
    }
    return 0;
}
