namespace Sitrep.Storage;

/// <summary>Placeholder for the event store (SQLite / PostgreSQL), built in the storage issue.</summary>
public static class StorageInfo
{
    public const string Status = "not yet implemented";
}
