#pragma once

// The pages of the browser window test (kept out of the test's source: moc does not read raw strings well).
#include <QByteArray>

inline QByteArray indexPage()
{
    return R"HTML(<!doctype html><html><head><title>Links</title><style>
body { font: 20px sans-serif; margin: 30px; }
a { display: inline-block; margin: 14px 0; padding: 4px; }
p { margin: 0; }
</style></head><body>
<p><a id="article" href="/article">Read the loopback article</a></p>
<p><a id="js" href="javascript:void(0)">Script link</a></p>
<p><a id="mail" href="mailto:someone@example.org">Mail link</a></p>
<p><a id="anchor" href="#section">Same-page anchor</a></p>
<p><a id="file" href="file:///etc/hostname">File link</a></p>
<p><a id="data" href="data:text/html,hello">Data link</a></p>
<p><a id="hostile" href="/hostile">A page with a hostile title</a></p>
<p id="blank" style="height: 60px">Plain text, no link here. Find me: needle needle needle.</p>
<div style="height: 3000px"></div>
<h2 id="section">Section</h2>
</body></html>)HTML";
}
