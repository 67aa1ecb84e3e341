using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Aip.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Aip.WebBench;

/// <summary>
/// The yardstick: the plan overview's data read with plain ADO.NET and written with a StringBuilder, at
/// <c>/bench/raw/overview</c>. It stands behind the app's whole pipeline, as the overview does (request log, security
/// headers, the signed-in person's cookie and server-side session, the second-factor gate, the fallback authorization
/// policy), so the ratio measures what MVC, Razor, EF Core and the domain add on top of the same work. "The same data" is
/// taken literally: the harness records the SQL statements (with their parameters) one overview request sends, leaves
/// out those the pipeline sends for any signed-in request, and this page sends exactly those statements, reads every
/// row and writes every value, HTML-encoded, into a page. It exists only in this benchmark host. On PostgreSQL it
/// prepares its statements, as the app does (Max Auto Prepare).
/// </summary>
internal sealed class RawOverview
{
    public const string Path = "/bench/raw/overview";

    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;
    private IReadOnlyList<Statement> _statements = [];

    public RawOverview(DatabaseProvider provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
        _postgres = provider == DatabaseProvider.Postgres
            ? NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString)
            : null;
    }

    /// <summary>Records the statements the app sends while it is on (<see cref="Recorder.Start"/>).</summary>
    public Recorder Recording { get; } = new();

    /// <summary>How many statements the page sends.</summary>
    public int StatementCount => _statements.Count;

    /// <summary>
    /// The page sends <paramref name="page"/>'s statements, less those in <paramref name="pipeline"/> (what a signed-in
    /// request to this page sends before it runs: the session check), matched by their SQL.
    /// </summary>
    public void Replay(IReadOnlyList<Statement> page, IReadOnlyList<Statement> pipeline)
    {
        var before = pipeline.Select(s => s.Sql).ToHashSet(StringComparer.Ordinal);
        _statements = [.. page.Where(s => !before.Contains(s.Sql))];
    }

    /// <summary>Puts the raw page behind the app's pipeline: it answers what the app's endpoints did not.</summary>
    internal sealed class Filter(RawOverview raw) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, branch => branch.Run(raw.HandleAsync));
        };
    }

    private async Task HandleAsync(HttpContext context)
    {
        // The app's fallback policy has already turned away anyone not signed in; this is only a check that it did.
        if (context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await using var connection = _postgres is not null ? await _postgres.OpenConnectionAsync() : await OpenSqliteAsync();
        var html = new StringBuilder(32 * 1024);
        var encoder = HtmlEncoder.Default;
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plan overview</title></head><body><main>");
        foreach (var statement in _statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var parameter in statement.Parameters)
            {
                var copy = command.CreateParameter();
                copy.ParameterName = parameter.Name;
                copy.DbType = parameter.Type;
                copy.Value = parameter.Value ?? DBNull.Value;
                command.Parameters.Add(copy);
            }

            await using var reader = await command.ExecuteReaderAsync();
            html.Append("<table>");
            while (await reader.ReadAsync())
            {
                html.Append("<tr>");
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    html.Append("<td>");
                    if (!reader.IsDBNull(column))
                    {
                        html.Append(encoder.Encode(Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture) ?? string.Empty));
                    }

                    html.Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</main></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString());
    }

    private async Task<DbConnection> OpenSqliteAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>One SQL statement as the app sent it, with its parameters' values.</summary>
    internal sealed record Statement(string Sql, IReadOnlyList<Parameter> Parameters);

    internal sealed record Parameter(string Name, DbType Type, object? Value);

    /// <summary>An interceptor that keeps the statements (reads only) sent while it is started.</summary>
    internal sealed class Recorder : DbCommandInterceptor
    {
        private ConcurrentQueue<Statement>? _statements;

        public void Start() => _statements = new();

        public IReadOnlyList<Statement> Stop()
        {
            var statements = _statements ?? throw new InvalidOperationException("Not recording.");
            _statements = null;
            return [.. statements];
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _statements?.Enqueue(new(command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(p => new Parameter(p.ParameterName, p.DbType, p.Value is DBNull ? null : p.Value))]));
            return ValueTask.FromResult(result);
        }
    }
}
