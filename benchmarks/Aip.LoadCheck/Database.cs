using Npgsql;

namespace Aip.LoadCheck;

/// <summary>The demo districts; Riverton's approved plan and its first initiative, which people read; Lakeside's submitted plan, which ESE reviews.</summary>
internal sealed record DemoIds(Guid Riverton, Guid Lakeside, Guid Plan, Guid Initiative, Guid Submitted);

/// <summary>What the check reads from the app's database directly: the demo's ids before, and the writes after.</summary>
internal sealed class Database(string connectionString)
{
    public async Task<DemoIds> DemoAsync()
    {
        await using var connection = await OpenAsync();
        var riverton = await ScalarAsync<Guid>(connection, """SELECT "Id" FROM "Districts" WHERE "Code" = 'RIV'""");
        var lakeside = await ScalarAsync<Guid>(connection, """SELECT "Id" FROM "Districts" WHERE "Code" = 'LAK'""");
        var plan = await ScalarAsync<Guid>(connection, $"""SELECT "Id" FROM "Plans" WHERE "DistrictId" = '{riverton}' ORDER BY "FirstSchoolYear" LIMIT 1""");
        var initiative = await ScalarAsync<Guid>(connection,
            $"""SELECT i."Id" FROM "Initiatives" i JOIN "Objectives" o ON o."Id" = i."ObjectiveId" WHERE o."PlanId" = '{plan}' ORDER BY o."Rank", i."Rank" LIMIT 1""");
        var submitted = await ScalarAsync<Guid>(connection, $"""SELECT "Id" FROM "Plans" WHERE "DistrictId" = '{lakeside}' AND "Status" = 'Submitted' LIMIT 1""");
        return new(riverton, lakeside, plan, initiative, submitted);
    }

    /// <summary>
    /// Every saved edit must be in the plan's audit trail (written in the same transaction as the edit) and every saved
    /// comment in the review's comments; nothing refused as a conflict may be there. Each saved edit must start from the
    /// version the previous one left (no two edits from the same old value: no overwrite of a change its author never saw).
    /// </summary>
    public async Task<WriteCheck> CheckWritesAsync(IReadOnlyList<Write> writes, SetupResult setup)
    {
        await using var connection = await OpenAsync();
        var edits = new List<(Guid Plan, string Old, string New)>();
        await using (var command = new NpgsqlCommand("""SELECT "PlanId", "Changes" FROM "AuditEntries" WHERE "Kind" = 'Plan' AND "Item" = 'Plan' AND "Action" = 'Changed'""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                foreach (var line in reader.GetString(1).Split('\n').Where(l => l.StartsWith("Explanation of key issues: ", StringComparison.Ordinal)))
                {
                    var change = line["Explanation of key issues: ".Length..].Split(" → ");
                    edits.Add((reader.GetGuid(0), change[0], change[1].Trim('“', '”')));
                }
            }
        }

        var comments = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"""SELECT "Text" FROM "ReviewComments" WHERE "PlanId" = '{setup.Demo.Submitted}'""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                comments.Add(reader.GetString(0));
            }
        }

        var saved = edits.Select(e => (e.Plan, e.New)).ToHashSet();
        bool Found(Write w) => w.Kind == "edit" ? saved.Contains((w.PlanId, w.Value)) : comments.Contains(w.Value);
        return new WriteCheck(
            writes,
            Lost: writes.Count(w => w.Outcome == WriteOutcome.Saved && !Found(w)),
            Phantom: writes.Count(w => w.Outcome == WriteOutcome.Conflict && Found(w)),
            StaleOverwrites: edits.GroupBy(e => (e.Plan, e.Old)).Sum(g => g.Count() - 1));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No result: {sql}"));
    }
}

internal sealed record WriteCheck(IReadOnlyList<Write> Writes, int Lost, int Phantom, int StaleOverwrites)
{
    public IEnumerable<string> Report()
    {
        foreach (var kind in Writes.GroupBy(w => w.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return $"writes ({kind.Key}): {kind.Count(w => w.Outcome == WriteOutcome.Saved)} saved, " +
                $"{kind.Count(w => w.Outcome == WriteOutcome.Conflict)} refused as conflicts, {kind.Count(w => w.Outcome == WriteOutcome.Failed)} failed";
        }

        yield return $"lost writes (saved, not in the database): {Lost}";
        yield return $"conflicts that were saved all the same: {Phantom}";
        yield return $"edits saved over a version their author had not seen: {StaleOverwrites}";
    }
}
