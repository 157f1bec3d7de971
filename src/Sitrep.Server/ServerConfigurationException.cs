namespace Sitrep.Server;

/// <summary>The server was asked to run in a way that would be unsafe or cannot work (e.g. open writes to the network).</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);
