// The loopback page server as a program: prints "PORT <n>" and serves until killed. For ttc preview tests.
#include "PageServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ttc::test::PageServer server;
    if (!server.listen(0))
        return 1;
    std::printf("PORT %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
