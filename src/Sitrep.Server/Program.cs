using Sitrep.Server;

// Stand-alone host (and the entry point WebApplicationFactory finds); `sitrep serve` calls SitrepServer.Build itself.
var app = SitrepServer.Build(null, args);
app.Run();
