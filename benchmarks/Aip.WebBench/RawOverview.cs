using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using Aip.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aip.WebBench;

/// <summary>
/// The yardstick: the plan overview's data (district, title, status, key-issues word count, objectives with their
/// initiatives, final outcomes) read with plain ADO.NET in three statements and written with a StringBuilder, at
/// <c>/bench/raw/overview?plan=ID</c>, in front of the app's whole pipeline (no sign-in, no MVC, no EF). It exists only
/// in this benchmark host. On PostgreSQL it always prepares its statements, so it is the best case the app is held to.
/// </summary>
internal sealed class RawOverview
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;

    public RawOverview(DatabaseProvider provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
        _postgres = provider == DatabaseProvider.Postgres
            ? NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 20 }.ConnectionString)
            : null;
    }

    /// <summary>Puts the raw page in front of the app's pipeline.</summary>
    internal sealed class Filter(RawOverview raw) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/bench/raw/overview", branch => branch.Run(raw.HandleAsync));
            next(app);
        };
    }

    private async Task HandleAsync(HttpContext context)
    {
        var planId = Guid.Parse(context.Request.Query["plan"].ToString());
        await using var connection = _postgres is not null ? await _postgres.OpenConnectionAsync() : await OpenSqliteAsync();
        var html = new StringBuilder(16 * 1024);
        var encoder = HtmlEncoder.Default;
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plan overview</title></head><body><main>");

        await using (var command = Command(connection, """
            SELECT p."Title", p."Status", p."KeyIssues", d."Name" FROM "Plans" p JOIN "Districts" d ON d."Id" = p."DistrictId" WHERE p."Id" = @plan
            """, planId))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var words = reader.IsDBNull(2) ? 0 : reader.GetString(2).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            html.Append("<p>").Append(encoder.Encode(reader.GetString(3))).Append("</p><h1>").Append(encoder.Encode(reader.GetString(0)))
                .Append("</h1><p>Status: ").Append(encoder.Encode(reader.GetString(1))).Append("</p><p>Key issues: ").Append(words).Append(" words</p>");
        }

        await using (var command = Command(connection, """
            SELECT o."Id", o."Rank", o."Statement", i."Id", i."Rank", i."Description"
            FROM "Objectives" o LEFT JOIN "Initiatives" i ON i."ObjectiveId" = o."Id"
            WHERE o."PlanId" = @plan ORDER BY o."Rank", i."Rank"
            """, planId))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Guid? objective = null;
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                if (id != objective)
                {
                    html.Append(objective is null ? "<ol>" : "</ul></li>").Append("<li id=\"objective-").Append(id).Append("\"><h2>Objective ")
                        .Append(reader.GetInt32(1)).Append("</h2><p>").Append(encoder.Encode(reader.IsDBNull(2) ? string.Empty : reader.GetString(2))).Append("</p><ul>");
                    objective = id;
                }

                if (!reader.IsDBNull(3))
                {
                    html.Append("<li><a href=\"/plans/").Append(planId).Append("/initiatives/").Append(reader.GetGuid(3)).Append("\">")
                        .Append(reader.GetInt32(1)).Append('.').Append(reader.GetInt32(4)).Append("</a> ")
                        .Append(encoder.Encode(reader.IsDBNull(5) ? string.Empty : reader.GetString(5))).Append("</li>");
                }
            }

            html.Append(objective is null ? string.Empty : "</ul></li></ol>");
        }

        await using (var command = Command(connection, """
            SELECT "Id", "Description", "Measure", "Target" FROM "FinalOutcomes" WHERE "PlanId" = @plan ORDER BY "Date", "Id"
            """, planId))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            html.Append("<table><tr><th>Outcome</th><th>Measure</th><th>Target</th></tr>");
            while (await reader.ReadAsync())
            {
                html.Append("<tr id=\"outcome-").Append(reader.GetGuid(0)).Append("\">");
                for (var column = 1; column <= 3; column++)
                {
                    html.Append("<td>").Append(encoder.Encode(reader.IsDBNull(column) ? string.Empty : reader.GetString(column))).Append("</td>");
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

    // EF stores a Guid in SQLite as upper-case text; PostgreSQL has a uuid type.
    private DbCommand Command(DbConnection connection, string sql, Guid planId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "plan";
        parameter.Value = _provider == DatabaseProvider.Sqlite ? planId.ToString().ToUpperInvariant() : planId;
        command.Parameters.Add(parameter);
        return command;
    }
}
