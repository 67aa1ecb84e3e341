using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Aip.Web.Tests.Data;

/// <summary>
/// The schema a SQL Server script leaves behind, read with SQL Server's own T-SQL parser (ScriptDom) instead of a
/// server: CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX and sp_rename are applied in order, so a script of many
/// migrations gives the schema after the last one. A syntax error, or a DDL statement this reader does not know,
/// fails loudly rather than being skipped. Data statements (INSERT … SELECT and the like) change no schema.
/// </summary>
internal sealed class SqlServerSchema
{
    private static readonly Sql180ScriptGenerator Generator = new(new SqlScriptGeneratorOptions { KeywordCasing = KeywordCasing.Uppercase });

    private readonly Dictionary<string, Table> _tables = new(StringComparer.OrdinalIgnoreCase);

    private SqlServerSchema()
    {
    }

    /// <summary>Parses a script; throws with every parse error (line and message) when it is not valid T-SQL.</summary>
    public static SqlServerSchema Of(string script)
    {
        var schema = new SqlServerSchema();
        foreach (var statement in Parse(script).Batches.SelectMany(b => b.Statements))
        {
            schema.Apply(statement);
        }

        return schema;
    }

    public static TSqlScript Parse(string script)
    {
        var parser = new TSql180Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(script), out var errors);
        return errors.Count == 0
            ? (TSqlScript)fragment
            : throw new InvalidOperationException("Not valid T-SQL: " + string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    /// <summary>One sorted line per table, column, key, constraint and index; EF's history table left out.</summary>
    public IReadOnlyList<string> Lines =>
        [.. _tables.Values.Where(t => !t.Name.StartsWith("__EFMigrations", StringComparison.Ordinal)).SelectMany(t => t.Lines()).Order(StringComparer.Ordinal)];

    public IEnumerable<ForeignKey> ForeignKeys => _tables.Values.SelectMany(t => t.ForeignKeys);

    /// <summary>Every column that is part of a primary key, a unique constraint or an index, with its type.</summary>
    public IEnumerable<(string Place, string Type)> KeyColumns =>
        _tables.Values.SelectMany(t => t.Keys.Values.SelectMany(k => k.Columns).Concat(t.Indexes.Values.SelectMany(i => i.Columns))
            .Select(c => ($"{t.Name}.{c}", t.Columns.TryGetValue(c, out var column) ? column.Type : "missing")));

    private void Apply(TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                var table = new Table(Name(create.SchemaObjectName));
                _tables.Add(table.Name, table);
                table.Add(create.Definition);
                break;
            case AlterTableAddTableElementStatement add:
                TableOf(add.SchemaObjectName).Add(add.Definition);
                break;
            case AlterTableDropTableElementStatement drop:
                TableOf(drop.SchemaObjectName).Drop(drop.AlterTableDropTableElements);
                break;
            case AlterTableAlterColumnStatement alter:
                TableOf(alter.SchemaObjectName).Alter(alter);
                break;
            case DropTableStatement drop:
                foreach (var name in drop.Objects)
                {
                    _tables.Remove(Name(name));
                }

                break;
            case CreateIndexStatement index:
                TableOf(index.OnName).Indexes.Add(index.Name.Value, new Index(
                    index.Unique, Clustered(index.Clustered), Columns(index.Columns), Columns(index.IncludeColumns), Sql(index.FilterPredicate)));
                break;
            case DropIndexStatement drop:
                foreach (var clause in drop.DropIndexClauses.Cast<DropIndexClause>())
                {
                    Remove(TableOf(clause.Object).Indexes, clause.Index.Value);
                }

                break;
            case ExecuteStatement execute:
                Execute(execute.ExecuteSpecification.ExecutableEntity);
                break;
            case IfStatement condition:
                // EF wraps the history table's creation in IF OBJECT_ID(...) IS NULL; both branches are DDL to apply.
                Apply(condition.ThenStatement);
                if (condition.ElseStatement is { } otherwise)
                {
                    Apply(otherwise);
                }

                break;
            case BeginEndBlockStatement block:
                foreach (var inner in block.StatementList.Statements)
                {
                    Apply(inner);
                }

                break;
            case InsertStatement or UpdateStatement or DeleteStatement or SelectStatement or DeclareVariableStatement
                or SetVariableStatement or PredicateSetStatement or BeginTransactionStatement or CommitTransactionStatement
                or RollbackTransactionStatement:
                break;
            default:
                throw new NotSupportedException($"The SQL Server schema reader does not know {statement.GetType().Name}: {Sql(statement)}");
        }
    }

    /// <summary>sp_rename (tables, columns, indexes, constraints) and EXEC of literal SQL; EF's dynamic drops of
    /// unnamed default constraints (EXEC with a variable) change nothing this reader keeps apart from the column.</summary>
    private void Execute(ExecutableEntity entity)
    {
        switch (entity)
        {
            case ExecutableStringList list when list.Strings.All(s => s is StringLiteral):
                foreach (var statement in Parse(string.Concat(list.Strings.Cast<StringLiteral>().Select(s => s.Value))).Batches.SelectMany(b => b.Statements))
                {
                    Apply(statement);
                }

                break;
            case ExecutableStringList:
                break;
            case ExecutableProcedureReference call when Name(call.ProcedureReference.ProcedureReference.Name).Equals("sp_rename", StringComparison.OrdinalIgnoreCase):
                var arguments = call.Parameters.Select(p => ((StringLiteral)p.ParameterValue).Value).ToList();
                Rename(arguments[0], arguments[1], arguments.Count > 2 ? arguments[2] : "OBJECT");
                break;
            default:
                throw new NotSupportedException($"The SQL Server schema reader does not know this EXEC: {Sql(entity)}");
        }
    }

    private void Rename(string from, string to, string kind)
    {
        var parts = from.Split('.').Select(p => p.Trim('[', ']')).ToArray();
        switch (kind.ToUpperInvariant())
        {
            case "COLUMN":
                TableOf(parts[^2]).RenameColumn(parts[^1], to);
                break;
            case "INDEX":
                var indexes = TableOf(parts[^2]).Indexes;
                indexes.Add(to, indexes[parts[^1]]);
                indexes.Remove(parts[^1]);
                break;
            case "OBJECT" when _tables.Remove(parts[^1], out var table):
                _tables.Add(to, table with { Name = to });
                break;
            default:
                var owner = _tables.Values.Single(t => t.Keys.ContainsKey(parts[^1]) || t.ForeignKeys.Any(f => f.Name == parts[^1]));
                owner.RenameConstraint(parts[^1], to);
                break;
        }
    }

    private Table TableOf(SchemaObjectName name) => TableOf(Name(name));

    private Table TableOf(string name) =>
        _tables.TryGetValue(name, out var table) ? table : throw new InvalidOperationException($"The script changes table {name} before creating it.");

    private static string Name(SchemaObjectName name) => name.BaseIdentifier.Value;

    private static string Clustered(bool? clustered) => clustered == true ? "CLUSTERED" : "NONCLUSTERED";

    private static List<string> Columns(IEnumerable<ColumnWithSortOrder> columns) =>
        [.. columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value + (c.SortOrder == SortOrder.Descending ? " DESC" : string.Empty))];

    private static List<string> Columns(IEnumerable<ColumnReferenceExpression> columns) =>
        [.. columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value)];

    private static List<string> Columns(IEnumerable<Identifier> columns) => [.. columns.Select(c => c.Value)];

    private static void Remove<T>(Dictionary<string, T> items, string name)
    {
        if (!items.Remove(name))
        {
            throw new InvalidOperationException($"The script drops {name}, which does not exist.");
        }
    }

    /// <summary>A fragment as T-SQL text in one spelling (upper-case keywords, one line), so equal SQL compares equal.</summary>
    private static string Sql(TSqlFragment? fragment)
    {
        if (fragment is null)
        {
            return string.Empty;
        }

        Generator.GenerateScript(fragment, out var text);
        return string.Join(' ', text.Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    public sealed record ForeignKey(string Name, string Table, IReadOnlyList<string> Columns, string Principal, IReadOnlyList<string> PrincipalColumns, DeleteUpdateAction OnDelete, DeleteUpdateAction OnUpdate)
    {
        /// <summary>Whether deleting or updating a principal row changes this table's rows (what SQL Server counts as a cascade path).</summary>
        public bool Cascades => OnDelete is DeleteUpdateAction.Cascade or DeleteUpdateAction.SetNull or DeleteUpdateAction.SetDefault
            || OnUpdate is DeleteUpdateAction.Cascade or DeleteUpdateAction.SetNull or DeleteUpdateAction.SetDefault;

        public override string ToString() =>
            $"foreign key {Table}.{Name} ({string.Join(", ", Columns)}) -> {Principal} ({string.Join(", ", PrincipalColumns)}) on delete {OnDelete} on update {OnUpdate}";
    }

    private sealed record Column(string Type, bool Nullable, string Identity, string Default, string Collation, string Computed)
    {
        public static Column Of(ColumnDefinition definition) => new(
            TypeName(definition.DataType),
            definition.Constraints.OfType<NullableConstraintDefinition>().LastOrDefault()?.Nullable ?? true,
            definition.IdentityOptions is { } identity ? $"identity({OneUnlessGiven(identity.IdentitySeed)}, {OneUnlessGiven(identity.IdentityIncrement)})" : string.Empty,
            Sql(definition.DefaultConstraint?.Expression),
            definition.Collation?.Value ?? string.Empty,
            Sql(definition.ComputedColumnExpression));
    }

    /// <summary>A type as it is usually written: <c>nvarchar(450)</c>, <c>decimal(18,2)</c>.</summary>
    private static string TypeName(DataTypeReference type) =>
        Sql(type).ToLowerInvariant().Replace(" (", "(", StringComparison.Ordinal).Replace(", ", ",", StringComparison.Ordinal);

    /// <summary>IDENTITY alone means IDENTITY(1, 1).</summary>
    private static string OneUnlessGiven(ScalarExpression? value) => value is null ? "1" : Sql(value);

    private sealed record Key(bool Primary, string Clustered, List<string> Columns);

    private sealed record Index(bool Unique, string Clustered, List<string> Columns, List<string> Included, string Filter);

    private sealed record Table(string Name)
    {
        public Dictionary<string, Column> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Key> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<ForeignKey> ForeignKeys { get; } = [];

        public Dictionary<string, string> Checks { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Index> Indexes { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Add(TableDefinition definition)
        {
            foreach (var column in definition.ColumnDefinitions)
            {
                Columns.Add(column.ColumnIdentifier.Value, Column.Of(column));
            }

            foreach (var constraint in definition.TableConstraints)
            {
                Add(constraint);
            }

            foreach (var index in definition.Indexes)
            {
                Indexes.Add(index.Name.Value, new Index(index.Unique, Clustered(index.IndexType?.IndexTypeKind == IndexTypeKind.Clustered),
                    SqlServerSchema.Columns(index.Columns), SqlServerSchema.Columns(index.IncludeColumns), Sql(index.FilterPredicate)));
            }
        }

        public void Drop(IEnumerable<AlterTableDropTableElement> elements)
        {
            foreach (var element in elements)
            {
                var name = element.Name.Value;
                switch (element.TableElementType)
                {
                    case TableElementType.Column:
                        Remove(Columns, name);
                        break;
                    case TableElementType.Index:
                        Remove(Indexes, name);
                        break;
                    default:
                        if (!Keys.Remove(name) && !Checks.Remove(name) && ForeignKeys.RemoveAll(f => f.Name == name) == 0)
                        {
                            throw new InvalidOperationException($"The script drops constraint {Name}.{name}, which does not exist.");
                        }

                        break;
                }
            }
        }

        /// <summary>ALTER COLUMN: EF drops a column's default before it and adds the new one after it.</summary>
        public void Alter(AlterTableAlterColumnStatement alter)
        {
            var name = alter.ColumnIdentifier.Value;
            var column = Columns.TryGetValue(name, out var existing) ? existing : throw new InvalidOperationException($"No column {Name}.{name} to alter.");
            Columns[name] = column with
            {
                Type = alter.DataType is null ? column.Type : TypeName(alter.DataType),
                Nullable = alter.AlterTableAlterColumnOption switch
                {
                    AlterTableAlterColumnOption.NotNull => false,
                    AlterTableAlterColumnOption.Null => true,
                    _ => alter.DataType is null && column.Nullable,
                },
                Default = string.Empty,
                Collation = alter.Collation?.Value ?? string.Empty,
            };
        }

        public void RenameColumn(string from, string to)
        {
            Columns.Add(to, Columns[from]);
            Columns.Remove(from);
            foreach (var key in Keys.Values)
            {
                key.Columns.ReplaceAll(from, to);
            }

            foreach (var index in Indexes.Values)
            {
                index.Columns.ReplaceAll(from, to);
            }
        }

        public void RenameConstraint(string from, string to)
        {
            if (Keys.Remove(from, out var key))
            {
                Keys.Add(to, key);
            }
            else
            {
                var i = ForeignKeys.FindIndex(f => f.Name == from);
                ForeignKeys[i] = ForeignKeys[i] with { Name = to };
            }
        }

        public IEnumerable<string> Lines()
        {
            yield return $"table {Name}";
            foreach (var (name, c) in Columns)
            {
                yield return $"column {Name}.{name} {c.Type} {(c.Nullable ? "NULL" : "NOT NULL")} {c.Identity} default={c.Default} collate={c.Collation} computed={c.Computed}";
            }

            foreach (var (name, k) in Keys)
            {
                yield return $"{(k.Primary ? "primary key" : "unique constraint")} {Name}.{name} {k.Clustered} ({string.Join(", ", k.Columns)})";
            }

            foreach (var f in ForeignKeys)
            {
                yield return f.ToString();
            }

            foreach (var (name, check) in Checks)
            {
                yield return $"check {Name}.{name} {check}";
            }

            foreach (var (name, i) in Indexes)
            {
                yield return $"index {Name}.{name} {(i.Unique ? "UNIQUE " : string.Empty)}{i.Clustered} ({string.Join(", ", i.Columns)}) include ({string.Join(", ", i.Included)}) where {i.Filter}";
            }
        }

        private void Add(ConstraintDefinition constraint)
        {
            if (constraint is DefaultConstraintDefinition @default)
            {
                var column = @default.Column.Value;
                Columns[column] = Columns[column] with { Default = Sql(@default.Expression) };
                return;
            }

            var name = constraint.ConstraintIdentifier?.Value
                ?? throw new InvalidOperationException($"Unnamed constraint on {Name}: EF names every key and foreign key. {Sql(constraint)}");
            switch (constraint)
            {
                case UniqueConstraintDefinition key:
                    // A primary key is clustered unless it says otherwise; a unique constraint is not.
                    Keys.Add(name, new Key(key.IsPrimaryKey, Clustered(key.Clustered ?? key.IsPrimaryKey), SqlServerSchema.Columns(key.Columns)));
                    break;
                case ForeignKeyConstraintDefinition fk:
                    ForeignKeys.Add(new ForeignKey(name, Name, SqlServerSchema.Columns(fk.Columns), SqlServerSchema.Name(fk.ReferenceTableName),
                        SqlServerSchema.Columns(fk.ReferencedTableColumns), Action(fk.DeleteAction), Action(fk.UpdateAction)));
                    break;
                case CheckConstraintDefinition check:
                    Checks.Add(name, Sql(check.CheckCondition));
                    break;
                default:
                    throw new NotSupportedException($"The SQL Server schema reader does not know {constraint.GetType().Name}: {Sql(constraint)}");
            }
        }

        private static DeleteUpdateAction Action(DeleteUpdateAction action) =>
            action == DeleteUpdateAction.NotSpecified ? DeleteUpdateAction.NoAction : action;
    }
}

internal static class ColumnListExtensions
{
    public static void ReplaceAll(this List<string> columns, string from, string to)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == from)
            {
                columns[i] = to;
            }
        }
    }
}
