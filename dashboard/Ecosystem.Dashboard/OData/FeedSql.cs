using System.Globalization;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Ecosystem.Dashboard.OData;

/// <summary>
/// Turns a parsed <c>$filter</c> and <c>$orderby</c> into SQL over the warehouse table, with every literal a parameter.
/// Supported: <c>eq ne gt ge lt le and or not</c>, <c>in</c>, <c>add sub mul div</c>, <c>contains startswith endswith
/// tolower toupper length trim year month day</c>. Money and share properties compare exactly: a literal is scaled to
/// the stored integer. Anything else is refused with an <see cref="ODataException"/> (a 400 for the client).
/// </summary>
public sealed class FeedSql(FeedSet set)
{
    private readonly List<(string Name, object? Value)> _parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public string Where(FilterClause? filter) => filter is null ? string.Empty : " WHERE " + Expression(filter.Expression);

    /// <summary>The requested order, then the key, so pages never overlap or skip a row.</summary>
    public string OrderBy(OrderByClause? clause)
    {
        var terms = new List<string>();
        for (var c = clause; c is not null; c = c.ThenBy)
        {
            terms.Add(Expression(c.Expression) + (c.Direction == OrderByDirection.Descending ? " DESC" : " ASC"));
        }

        terms.AddRange(set.Key.Select(k => Quote(k.Column)));
        return " ORDER BY " + string.Join(", ", terms);
    }

    public static string Quote(string column) => "\"" + column + "\"";

    private string Expression(QueryNode node) => node switch
    {
        ConvertNode convert => Expression(convert.Source),
        BinaryOperatorNode binary => Binary(binary),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not => $"(NOT {Expression(not.Operand)})",
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Negate } negate => $"(-{Expression(negate.Operand)})",
        SingleValuePropertyAccessNode property => Column(property),
        ConstantNode constant => Parameter(Literal(constant.Value, 1)),
        SingleValueFunctionCallNode call => Function(call),
        InNode @in => In(@in),
        _ => throw new ODataException($"This feed does not support '{node.Kind}' in a query."),
    };

    private string Binary(BinaryOperatorNode node)
    {
        var op = node.OperatorKind switch
        {
            BinaryOperatorKind.And => "AND",
            BinaryOperatorKind.Or => "OR",
            BinaryOperatorKind.Equal => "=",
            BinaryOperatorKind.NotEqual => "<>",
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.Add => "+",
            BinaryOperatorKind.Subtract => "-",
            BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Divide => "/",
            _ => throw new ODataException($"This feed does not support the '{node.OperatorKind}' operator."),
        };
        var (left, right) = (Unwrap(node.Left), Unwrap(node.Right));
        if (op is "=" or "<>" && (IsNull(left) || IsNull(right)))
        {
            var other = IsNull(left) ? right : left;
            return $"({Expression(other)} IS {(op == "=" ? string.Empty : "NOT ")}NULL)";
        }

        // A money or share property against a literal: compare the stored integers, exactly.
        if (op is "=" or "<>" or ">" or ">=" or "<" or "<=")
        {
            if (ScaledProperty(left) is { } l && right is ConstantNode rc)
            {
                return $"({Quote(l.Column)} {op} {Parameter(Literal(rc.Value, l.Scale))})";
            }

            if (ScaledProperty(right) is { } r && left is ConstantNode lc)
            {
                return $"({Parameter(Literal(lc.Value, r.Scale))} {op} {Quote(r.Column)})";
            }
        }

        return $"({Expression(left)} {op} {Expression(right)})";
    }

    private string Function(SingleValueFunctionCallNode call)
    {
        var args = call.Parameters.Select(Expression).ToList();
        return (call.Name, args.Count) switch
        {
            ("contains", 2) => $"(instr({args[0]}, {args[1]}) > 0)",
            ("startswith", 2) => $"(substr({args[0]}, 1, length({args[1]})) = {args[1]})",
            ("endswith", 2) => $"(length({args[1]}) = 0 OR substr({args[0]}, -length({args[1]})) = {args[1]})",
            ("tolower", 1) => $"lower({args[0]})",
            ("toupper", 1) => $"upper({args[0]})",
            ("length", 1) => $"length({args[0]})",
            ("trim", 1) => $"trim({args[0]})",
            ("year", 1) => $"CAST(substr({args[0]}, 1, 4) AS INTEGER)",
            ("month", 1) => $"CAST(substr({args[0]}, 6, 2) AS INTEGER)",
            ("day", 1) => $"CAST(substr({args[0]}, 9, 2) AS INTEGER)",
            _ => throw new ODataException($"This feed does not support the function '{call.Name}'."),
        };
    }

    private string In(InNode node)
    {
        if (node.Right is not CollectionConstantNode list)
        {
            throw new ODataException("'in' takes a list of literals here.");
        }

        var scale = ScaledProperty(Unwrap(node.Left))?.Scale ?? 1;
        var column = ScaledProperty(Unwrap(node.Left)) is { } p ? Quote(p.Column) : Expression(node.Left);
        return $"({column} IN ({string.Join(", ", list.Collection.Select(c => Parameter(Literal(c.Value, scale))))}))";
    }

    private string Column(SingleValuePropertyAccessNode node)
    {
        var property = set[node.Property.Name];
        return property.Scale == 1 ? Quote(property.Column) : $"({Quote(property.Column)} / {property.Scale}.0)";
    }

    private FeedProperty? ScaledProperty(QueryNode node) =>
        node is SingleValuePropertyAccessNode p && set[p.Property.Name] is { Scale: > 1 } scaled ? scaled : null;

    private static QueryNode Unwrap(QueryNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static bool IsNull(QueryNode node) => node is ConstantNode { Value: null };

    private string Parameter(object? value)
    {
        var name = "$p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    /// <summary>A literal as SQLite stores it: dates as ISO text, scaled numbers as the stored integer.</summary>
    private static object? Literal(object? value, long scale) => value switch
    {
        null => null,
#pragma warning disable CS0618 // OData 8 still parses date literals as Microsoft.OData.Edm.Date
        Date date => date.ToString(),
#pragma warning restore CS0618
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        string text => text,
        ODataEnumValue e => e.Value,
        _ when scale > 1 => (long)decimal.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture) * scale, MidpointRounding.AwayFromZero),
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
