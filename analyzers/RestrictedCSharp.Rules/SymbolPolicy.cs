using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Applies a <see cref="RuleSet"/> to Roslyn symbols for one compilation. The bot's own symbols are
    /// never policed by name; everything else needs an allow rule, and a member is usable only if every
    /// type in its signature and every type argument is usable too. Verdicts are cached per symbol;
    /// safe for concurrent use.
    /// </summary>
    public sealed class SymbolPolicy
    {
        private readonly RuleSet _rules;
        private readonly IAssemblySymbol? _sourceAssembly;
        private readonly ConcurrentDictionary<ISymbol, SymbolVerdict> _cache = new(SymbolEqualityComparer.Default);

        public SymbolPolicy(RuleSet rules, IAssemblySymbol? sourceAssembly)
        {
            _rules = rules;
            _sourceAssembly = sourceAssembly;
        }

        public RuleSet Rules => _rules;

        public SymbolVerdict Evaluate(ISymbol symbol)
        {
            if (_cache.TryGetValue(symbol, out var cached))
            {
                return cached;
            }

            var verdict = Compute(symbol);
            _cache.TryAdd(symbol, verdict);
            return verdict;
        }

        private SymbolVerdict Compute(ISymbol symbol)
        {
            switch (symbol)
            {
                case IArrayTypeSymbol array:
                    return Evaluate(array.ElementType);
                case IPointerTypeSymbol pointer:
                    // Pointer syntax is the language-feature rules' business; the pointee is ours.
                    return Evaluate(pointer.PointedAtType);
                case ITypeParameterSymbol:
                case IDynamicTypeSymbol:
                case IErrorTypeSymbol:
                case IFunctionPointerTypeSymbol:
                case IAliasSymbol:
                case ILocalSymbol:
                case IParameterSymbol:
                case ILabelSymbol:
                case IRangeVariableSymbol:
                case IDiscardSymbol:
                case IPreprocessingSymbol:
                    return SymbolVerdict.Allowed;
                case INamespaceSymbol ns:
                    return ns.IsGlobalNamespace ? SymbolVerdict.Allowed : ByRule(ns);
                case INamedTypeSymbol type:
                    return EvaluateType(type);
                case IMethodSymbol method:
                    return EvaluateMethod(method);
                case IPropertySymbol property:
                    return EvaluateMember(property, property.OriginalDefinition, property.Type, property.Parameters, property.ContainingType);
                case IFieldSymbol field:
                    return EvaluateMember(field, field.OriginalDefinition, field.Type, ImmutableArray<IParameterSymbol>.Empty, field.ContainingType);
                case IEventSymbol @event:
                    return EvaluateMember(@event, @event.OriginalDefinition, @event.Type, ImmutableArray<IParameterSymbol>.Empty, @event.ContainingType);
                default:
                    return SymbolVerdict.Allowed;
            }
        }

        private SymbolVerdict EvaluateType(INamedTypeSymbol type)
        {
            var definition = IsOwn(type) || type.IsAnonymousType ? SymbolVerdict.Allowed : ByRule(type.OriginalDefinition);
            if (!definition.IsAllowed)
            {
                return definition;
            }

            return TypeArguments(type);
        }

        private SymbolVerdict EvaluateMethod(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.ReducedExtension && method.ReducedFrom is { } reducedFrom)
            {
                var unreduced = method.TypeArguments.Length == reducedFrom.TypeParameters.Length && method.TypeArguments.Length > 0
                    ? reducedFrom.Construct(method.TypeArguments.ToArray())
                    : reducedFrom;
                return Evaluate(unreduced);
            }

            if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            {
                return SymbolVerdict.Allowed;
            }

            // An accessor is judged by its own rule and its property's or event's (P:, E:), the more specific winning
            // (RuleMatcher.MatchAccessor): 'deny P:System.DateTime.Now' covers get_Now, 'deny M:T.set_X*' only writes.
            if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise
                && method.AssociatedSymbol is { } associated)
            {
                return EvaluateAccessor(method, associated);
            }

            var verdict = EvaluateMember(method, method.OriginalDefinition, method.OriginalDefinition.ReturnType, method.OriginalDefinition.Parameters, method.ContainingType);
            if (!verdict.IsAllowed)
            {
                return verdict;
            }

            foreach (var argument in method.TypeArguments)
            {
                var argumentVerdict = Evaluate(argument);
                if (!argumentVerdict.IsAllowed)
                {
                    return SymbolVerdict.UsesDenied(argument, argumentVerdict);
                }
            }

            return SymbolVerdict.Allowed;
        }

        private SymbolVerdict EvaluateAccessor(IMethodSymbol accessor, ISymbol associated)
        {
            var byRule = !IsOwn(associated) && accessor.OriginalDefinition.GetDocumentationCommentId() is { } accessorId
                && associated.OriginalDefinition.GetDocumentationCommentId() is { } memberId
                ? ByRule(associated.OriginalDefinition, _rules.Matcher.MatchAccessor(accessorId, memberId), memberId)
                : (SymbolVerdict?)null;
            return associated switch
            {
                IPropertySymbol property => EvaluateMember(property, property.OriginalDefinition, property.Type, property.Parameters, property.ContainingType, byRule),
                IEventSymbol @event => EvaluateMember(@event, @event.OriginalDefinition, @event.Type, ImmutableArray<IParameterSymbol>.Empty, @event.ContainingType, byRule),
                _ => Evaluate(associated),
            };
        }

        private SymbolVerdict EvaluateMember(ISymbol member, ISymbol definition, ITypeSymbol type, ImmutableArray<IParameterSymbol> parameters, INamedTypeSymbol? containingType, SymbolVerdict? byRule = null)
        {
            if (containingType?.IsAnonymousType ?? false)
            {
                return SymbolVerdict.Allowed;
            }

            // The bot's own members are not judged by name, but the type arguments it constructs them with are.
            if (IsOwn(member))
            {
                return containingType is null ? SymbolVerdict.Allowed : TypeArguments(containingType);
            }

            var own = byRule ?? ByRule(definition);
            if (!own.IsAllowed)
            {
                return own;
            }

            if (InheritedDenials.Find(definition, _rules.Matcher) is { } inherited)
            {
                return SymbolVerdict.Denied(inherited);
            }

            // The signature is judged on the definition, so List<T>.Add(T) needs only List`1;
            // the constructed type arguments are judged below.
            var signature = SignatureType(type);
            if (signature is not null)
            {
                return signature;
            }

            foreach (var parameter in parameters)
            {
                signature = SignatureType(parameter.Type);
                if (signature is not null)
                {
                    return signature;
                }
            }

            return containingType is null ? SymbolVerdict.Allowed : TypeArguments(containingType);
        }

        private SymbolVerdict? SignatureType(ITypeSymbol type)
        {
            var verdict = Evaluate(type);
            return verdict.IsAllowed ? null : SymbolVerdict.UsesDenied(Culprit(type, verdict), verdict);
        }

        private SymbolVerdict TypeArguments(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var argument in current.TypeArguments)
                {
                    var verdict = Evaluate(argument);
                    if (!verdict.IsAllowed)
                    {
                        return SymbolVerdict.UsesDenied(Culprit(argument, verdict), verdict);
                    }
                }
            }

            return SymbolVerdict.Allowed;
        }

        // Name the innermost denied type, not the wrapper: 'System.Type', not 'IEnumerable<System.Type>'.
        // Arrays and pointers are unwrapped too: 'System.Type', not 'System.Type[]'.
        private static ISymbol Culprit(ITypeSymbol type, SymbolVerdict verdict)
        {
            if (verdict.Kind == VerdictKind.UsesDeniedType && verdict.DeniedType is not null)
            {
                return verdict.DeniedType;
            }

            while (true)
            {
                switch (type)
                {
                    case IArrayTypeSymbol array:
                        type = array.ElementType;
                        continue;
                    case IPointerTypeSymbol pointer:
                        type = pointer.PointedAtType;
                        continue;
                    default:
                        return type;
                }
            }
        }

        private SymbolVerdict ByRule(ISymbol definition)
        {
            var id = definition.GetDocumentationCommentId();
            if (id is null)
            {
                return SymbolVerdict.NotAllowlisted;
            }

            return ByRule(definition, _rules.Matcher.Match(id), id);
        }

        private SymbolVerdict ByRule(ISymbol definition, SymbolRule? rule, string id)
        {
            if (rule is null)
            {
                return SymbolVerdict.NotAllowlistedUnless(AllowPatternFor(definition, id));
            }

            return rule.Action == RuleAction.Allow ? SymbolVerdict.Allowed : SymbolVerdict.Denied(rule);
        }

        // A member of a type that nothing allows is lifted by allowing the type; otherwise the member alone.
        private string AllowPatternFor(ISymbol definition, string id)
        {
            if (definition is not ITypeSymbol && definition.ContainingType?.OriginalDefinition is { } type
                && type.GetDocumentationCommentId() is { } typeId && _rules.Matcher.Match(typeId) is null)
            {
                return typeId;
            }

            return id;
        }

        private bool IsOwn(ISymbol symbol) =>
            _sourceAssembly is not null && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _sourceAssembly);
    }
}
