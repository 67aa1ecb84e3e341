using Aip.Domain.Plans;
using Aip.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Aip.Web.Tests.Data;

/// <summary>Entities read from the database keep their stored keys and tokens; entities the domain creates after a load get new ones.</summary>
public abstract class StoredEntitiesTests(AipApp app)
{
    [DbFact]
    public async Task A_loaded_plan_has_its_stored_keys_and_tokens_and_a_new_entity_after_it_has_new_ones()
    {
        var rivertonId = await app.DistrictIdAsync(DemoData.RivertonCode);
        var stored = await app.WithDbAsync(db => db.Plans.AsNoTracking().Where(p => p.DistrictId == rivertonId)
            .Select(p => new { p.Id, p.ConcurrencyToken }).FirstAsync());

        var loaded = await app.WithDbAsync(db => db.Plans.Include(p => p.Objectives).ThenInclude(o => o.Initiatives).FirstAsync(p => p.Id == stored.Id));
        var created = Plan.Create(rivertonId, "A plan made after a load", 2030, 2031);
        var objective = created.AddObjective("An objective", null);

        Assert.Equal(stored.Id, loaded.Id);
        Assert.Equal(stored.ConcurrencyToken, loaded.ConcurrencyToken);
        Assert.All(loaded.Objectives.SelectMany(o => o.Initiatives), i => Assert.NotEqual(Guid.Empty, i.ConcurrencyToken));
        Assert.NotEqual(Guid.Empty, created.Id);
        Assert.NotEqual(Guid.Empty, created.ConcurrencyToken);
        Assert.NotEqual(Guid.Empty, objective.Id);
        Assert.NotEqual(created.Id, objective.Id);
        Assert.DoesNotContain(created.Id, loaded.Objectives.Select(o => o.Id).Append(loaded.Id));
    }
}

public sealed class StoredEntitiesOnSqlite(SqliteApp app) : StoredEntitiesTests(app), IClassFixture<SqliteApp>;

public sealed class StoredEntitiesOnPostgres(PostgresApp app) : StoredEntitiesTests(app), IClassFixture<PostgresApp>;
