using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Testing;

/// <summary>
/// Every row of every table of the model, read with plain SQL (whatever the entities map), each row as one line of
/// "column=value" in column order: for checks that must see the whole database, such as "nothing of the district is
/// left" or "the restore brought every row back".
/// </summary>
public static class DatabaseRows
{
    /// <summary>
    /// Columns left out of the lines because every signed-in request may rewrite them (a session's ticket and expiry are
    /// renewed whenever the session is checked against the account): the row itself still counts.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> Renewed = new(StringComparer.Ordinal)
    {
        ["Sessions"] = new(StringComparer.Ordinal) { "Ticket", "ExpiresAt" },
    };

    /// <summary>Table name → its rows, as lines, sorted.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAllAsync(AipDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var result = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var table in tables)
            {
                result[table] = await ReadTableAsync(connection, table);
            }

            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Table name → "rows, content hash": equal when every row came back with every value.</summary>
    public static IReadOnlyDictionary<string, string> Fingerprint(IReadOnlyDictionary<string, IReadOnlyList<string>> rows) =>
        rows.ToDictionary(t => t.Key, t => $"{t.Value.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', t.Value))))}");

    private static async Task<IReadOnlyList<string>> ReadTableAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var line = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (Renewed.TryGetValue(table, out var renewed) && renewed.Contains(reader.GetName(i)))
                {
                    continue;
                }

                line.Append(reader.GetName(i)).Append('=').Append(Show(reader.GetValue(i))).Append('|');
            }

            lines.Add(line.ToString());
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    // Providers store the same value differently (SQLite: Guids as upper-case text); lower-case text compares them alike.
    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
    };
}
