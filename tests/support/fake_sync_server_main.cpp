// The loopback sync server as a program: prints "PORT <n>" and serves until killed. For CLI tests.
#include "FakeSyncServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ttc::test::FakeSyncServer server;
    if (!server.listen(0))
        return 1;
    std::printf("PORT %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
