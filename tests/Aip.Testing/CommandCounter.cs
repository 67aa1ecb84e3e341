using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aip.Testing;

/// <summary>Counts the SQL commands the app sends, to prove a page costs a fixed number of queries.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();

    public int Count => _count;

    /// <summary>The SQL of the commands counted since the last reset.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _texts, new());
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
