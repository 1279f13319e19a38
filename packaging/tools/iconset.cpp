// ttc-iconset: renders the app icon (SVG) into the raster sets that installers need, at build time.
//   ttc-iconset SVG --hicolor DIR --name NAME --sizes 16,24,...   DIR/<N>x<N>/apps/NAME.png (freedesktop hicolor)
//   ttc-iconset SVG --ico FILE.ico                                 Windows icon with PNG entries 16..256
//   ttc-iconset SVG --icns FILE.icns                               macOS icon with PNG entries 16..1024
// Options combine. Uses QtSvg, so every platform renders the same pixels without an extra tool.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "ttc-iconset: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template <typename T> void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// ICO: ICONDIR, one ICONDIRENTRY per image, then the images. PNG payloads are valid since Windows Vista.
QByteArray makeIco(QSvgRenderer &svg)
{
    const std::vector<int> sizes{16, 20, 24, 32, 40, 48, 64, 128, 256};
    std::vector<QByteArray> images;
    for (int s : sizes)
        images.push_back(renderPng(svg, s));
    QByteArray out;
    append<quint16>(out, qToLittleEndian<quint16>(0));
    append<quint16>(out, qToLittleEndian<quint16>(1));
    append<quint16>(out, qToLittleEndian<quint16>(quint16(sizes.size())));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
        const quint8 dim = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        append<quint8>(out, dim);
        append<quint8>(out, dim);
        append<quint8>(out, 0);                              // palette size
        append<quint8>(out, 0);                              // reserved
        append<quint16>(out, qToLittleEndian<quint16>(1));   // colour planes
        append<quint16>(out, qToLittleEndian<quint16>(32));  // bits per pixel
        append<quint32>(out, qToLittleEndian<quint32>(quint32(images[i].size())));
        append<quint32>(out, qToLittleEndian<quint32>(offset));
        offset += quint32(images[i].size());
    }
    for (const QByteArray &png : images)
        out += png;
    return out;
}

// ICNS: 'icns' + total length, then chunks (type, length incl. 8-byte header, PNG data); big endian.
QByteArray makeIcns(QSvgRenderer &svg)
{
    const std::vector<std::pair<const char *, int>> types{{"icp4", 16},  {"icp5", 32},  {"ic11", 32},
                                                          {"icp6", 64},  {"ic12", 64},  {"ic07", 128},
                                                          {"ic08", 256}, {"ic13", 256}, {"ic09", 512},
                                                          {"ic14", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        append<quint32>(body, qToBigEndian<quint32>(quint32(png.size() + 8)));
        body += png;
    }
    QByteArray out("icns");
    append<quint32>(out, qToBigEndian<quint32>(quint32(body.size() + 8)));
    return out + body;
}

int usage()
{
    std::fprintf(stderr, "usage: ttc-iconset SVG [--hicolor DIR --name NAME --sizes 16,32,...] [--ico FILE] "
                         "[--icns FILE]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usage();
    const QString source = args.takeFirst();
    QString hicolor, name, ico, icns;
    QList<int> sizes;
    while (!args.isEmpty()) {
        const QString opt = args.takeFirst();
        if (args.isEmpty())
            return usage();
        const QString value = args.takeFirst();
        if (opt == QLatin1String("--hicolor"))
            hicolor = value;
        else if (opt == QLatin1String("--name"))
            name = value;
        else if (opt == QLatin1String("--ico"))
            ico = value;
        else if (opt == QLatin1String("--icns"))
            icns = value;
        else if (opt == QLatin1String("--sizes")) {
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = s.toInt(&ok);
                if (!ok || n < 8 || n > 2048)
                    return usage();
                sizes << n;
            }
        } else
            return usage();
    }
    if (!hicolor.isEmpty() && (name.isEmpty() || sizes.isEmpty()))
        return usage();

    QSvgRenderer svg(source);
    if (!svg.isValid()) {
        std::fprintf(stderr, "ttc-iconset: %s is not a valid SVG file\n", qPrintable(source));
        return 1;
    }
    for (int size : sizes) {
        const QByteArray png = renderPng(svg, size);
        const QString path = QStringLiteral("%1/%2x%2/apps/%3.png").arg(hicolor).arg(size).arg(name);
        if (png.isEmpty() || !writeFile(path, png))
            return 1;
    }
    if (!ico.isEmpty() && !writeFile(ico, makeIco(svg)))
        return 1;
    if (!icns.isEmpty() && !writeFile(icns, makeIcns(svg)))
        return 1;
    return 0;
}
