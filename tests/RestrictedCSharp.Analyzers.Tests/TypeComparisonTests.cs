using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// `feature type-comparison on` (the bots preset) accepts exactly the comparison of two GetType() results;
/// every other way to reach a System.Type stays refused.
/// </summary>
public class TypeComparisonTests
{
    [Fact]
    public Task The_comparisons_IDEs_write_in_Equals_are_accepted() => VerifyAsync("""
        class Cell
        {
            public int X;
            public override bool Equals(object? obj)
            {
                if (obj == null || GetType() != obj.GetType()) return false;
                if (!this.GetType().Equals(obj.GetType())) return false;
                return obj.GetType() == GetType() && X == ((Cell)obj).X;
            }
            public override int GetHashCode() => X;
        }
        struct Pair
        {
            public int A;
            public override bool Equals(object? obj) => obj != null && GetType() == obj.GetType() && A == ((Pair)obj).A;
            public override int GetHashCode() => A;
        }
        """);

    [Fact]
    public Task Anything_else_that_reaches_a_Type_is_refused() => VerifyAsync("""
        using System;
        class Bot
        {
            object? stored;
            void Store() => stored = {|RCX0001:GetType|}();
            string Name() => {|RCX0001:GetType|}().Name;
            bool AgainstTypeof(object o) => {|RCX0001:o.GetType|}() {|RCX0001:==|} {|RCX0001:typeof(Bot)|};
            bool Reversed(object o) => {|RCX0001:typeof(Bot)|} {|RCX0001:==|} {|RCX0001:o.GetType|}();
            void PassOn(object o) => Keep({|RCX0001:o.GetType|}());
            void Keep(object value) => stored = value;
            bool ThroughObject(object o) => {|RCX0001:GetType|}().Equals((object){|RCX0001:o.GetType|}());
            bool Static(object o) => object.Equals({|RCX0001:GetType|}(), {|RCX0001:o.GetType|}());
            bool Reference(object o) => ReferenceEquals({|RCX0001:GetType|}(), {|RCX0001:o.GetType|}());
            int Hash() => {|RCX0001:GetType|}().GetHashCode();
            Func<object> Group() => {|RCX0001:GetType|};
            bool Conditional(object? o) => {|RCX0001:GetType|}() {|RCX0001:==|} o?{|RCX0001:.GetType|}();
        }
        """);

    [Fact]
    public Task With_the_feature_off_the_comparison_is_one_diagnostic_with_the_way_to_switch_it_on() => VerifyAsync("""
        class Cell
        {
            public override bool Equals(object? obj) => obj != null && {|RCX0115:GetType() == obj.GetType()|};
            public override int GetHashCode() => 1;
        }
        """, RulesFrom("include bots\nfeature type-comparison off"));
}
