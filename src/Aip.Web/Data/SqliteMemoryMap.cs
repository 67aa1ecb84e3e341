using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Aip.Web.Data;

/// <summary>
/// Lets SQLite read the database file through a memory map instead of a system call and a copy per page: each pooled
/// connection has a page cache of its own of 2 MB, so a page that reads a few thousand rows of larger tables (ESE's
/// portfolio across 400 districts, issue 17) read the same pages from the operating system on every request, and about a
/// third of its time went to copying them. Set once per connection SQLite opens (a pooled connection is opened again for
/// each context and keeps its handle), not on every open.
/// </summary>
internal sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    /// <summary>The most of the file mapped (SQLite maps what the file has, up to this).</summary>
    internal const long MapBytes = 256L * 1024 * 1024;

    private readonly ConditionalWeakTable<sqlite3, object> _mapped = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Map(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Map(connection);
        return Task.CompletedTask;
    }

    private void Map(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && _mapped.TryAdd(handle, handle))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA mmap_size = {MapBytes}";
            command.ExecuteNonQuery();
        }
    }
}
