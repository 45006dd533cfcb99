package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Federated queries ({@code SERVICE}): off unless endpoints are named, and then only to those endpoints.
 *
 * <p>A {@code SERVICE} makes the server fetch a URL and read the answer, so an open one lets any client reach
 * whatever the server can reach, and a remote that never answers holds a server thread. Two guards:
 * <ul>
 *   <li>{@link #check(Query)}, before a query runs: a {@code SERVICE} to an endpoint not allowed (or any
 *       {@code SERVICE} when none is) is refused with a message that says so;</li>
 *   <li>a link in the dataset's service executor chain ({@link #install(Context, long)}), at the moment of the
 *       call: it sees the endpoint a {@code SERVICE ?var} was bound to, and refuses any not allowed, also under
 *       {@code SILENT}, whatever route the query came by. The call gets the query's time limit as its HTTP
 *       timeout.</li>
 * </ul>
 */
final class ServicePolicy {

    private final Set<String> allowed;

    /** @param allowed the endpoint IRIs a {@code SERVICE} may call, exactly as written; empty for none */
    ServicePolicy(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    boolean enabled() {
        return !allowed.isEmpty();
    }

    /** Sets up the dataset's context: SERVICE allowed only with an allow-list, checked at each call. */
    void install(Context context, long timeoutMillis) {
        context.set(ARQ.httpServiceAllowed, enabled());
        context.set(ARQ.httpQueryTimeout, timeoutMillis);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new Guard());
        ServiceExecutorRegistry.set(context, registry);
    }

    /** The reason to refuse {@code query}, or null when every SERVICE in it is allowed. */
    String check(Query query) {
        List<Node> services = new ArrayList<>();
        collect(query.getQueryPattern(), services);
        if (services.isEmpty()) {
            return null;
        }
        if (!enabled()) {
            return "federated queries (SERVICE) are off on this server: it does not fetch other endpoints for a "
                    + "client. To allow some, start it with --allow-service ENDPOINT (one per endpoint)";
        }
        for (Node service : services) {
            if (service.isURI() && !allowed.contains(service.getURI())) {
                return "SERVICE <" + service.getURI() + "> is not one of the endpoints this server may call "
                        + allowed.stream().sorted().toList();
            }
        }
        return null;
    }

    /** The SERVICE nodes anywhere in a pattern: in sub-queries, and in EXISTS inside FILTER and BIND too. */
    private static void collect(Element element, List<Node> services) {
        if (element == null) {
            return;
        }
        ExprVisitorBase exists = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (op instanceof E_Exists || op instanceof E_NotExists) {
                    collect(op.getElement(), services);
                }
            }
        };
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                services.add(el.getServiceNode());
            }

            @Override
            public void visit(ElementSubQuery el) {
                collect(el.getQuery().getQueryPattern(), services);
            }

            @Override
            public void visit(ElementFilter el) {
                Walker.walk(el.getExpr(), exists);
            }

            @Override
            public void visit(ElementBind el) {
                Walker.walk(el.getExpr(), exists);
            }

            @Override
            public void visit(ElementAssign el) {
                Walker.walk(el.getExpr(), exists);
            }
        });
    }

    /** Refuses, at the moment of the call, a SERVICE to an endpoint not on the list. */
    private final class Guard implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                             ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (!service.isURI() || !allowed.contains(service.getURI())) {
                throw new QueryDeniedException("SERVICE " + service + " is not allowed on this server");
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        }
    }
}
