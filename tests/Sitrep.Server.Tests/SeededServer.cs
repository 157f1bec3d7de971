using System.Text.Json.Nodes;

namespace Sitrep.Server.Tests;

/// <summary>One server for a test class, with the seed report and the short reports posted through the API.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    public SitrepFactory Factory { get; } = new(("ReadRequestsPerMinute", "0"), ("WriteRequestsPerMinute", "0"));

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The answer to posting the seed report.</summary>
    public JsonObject SeedPosted { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        SeedPosted = await Reports.PostAsync(Client, Reports.Seed);
        await Reports.PostAsync(Client, Reports.MarketA);
        await Reports.PostAsync(Client, Reports.MarketB);
        await Reports.PostAsync(Client, Reports.Kenya);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
