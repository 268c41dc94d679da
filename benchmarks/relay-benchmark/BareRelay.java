import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.xnio.Pooled;

/**
 * The relay benchmark's baseline: the same clients through the bare WebSocket engine WildFly
 * uses (undertow-core, no servlet, no Jakarta WebSocket, no application), joining
 * {@code /ws/viewer?pair=i} with {@code /ws/stream?pair=i} and passing whole messages
 * unchanged, store-and-forward like the product. Not a product class: compiled and started
 * by relay-benchmark.sh against WildFly's own jars. Usage: {@code BareRelay <port>}.
 */
public final class BareRelay {

    private static final Map<String, AtomicReferenceArray<WebSocketChannel>> PAIRS = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Undertow.builder().addHttpListener(port, "127.0.0.1")
                .setHandler(Handlers.websocket((exchange, channel) -> {
                    String pair = exchange.getRequestParameters().get("pair").get(0);
                    int side = exchange.getRequestURI().startsWith("/ws/viewer") ? 0 : 1;
                    AtomicReferenceArray<WebSocketChannel> ends = PAIRS.computeIfAbsent(pair, k -> new AtomicReferenceArray<>(2));
                    ends.set(side, channel);
                    channel.getReceiveSetter().set(new AbstractReceiveListener() {
                        @Override
                        protected void onFullBinaryMessage(WebSocketChannel from, BufferedBinaryMessage message) {
                            Pooled<ByteBuffer[]> data = message.getData();
                            WebSocketChannel to = ends.get(1 - side);
                            if (to == null) {
                                data.free();
                                return;
                            }
                            WebSockets.sendBinary(data.getResource(), to, new WebSocketCallback<Void>() {
                                @Override
                                public void complete(WebSocketChannel channel, Void context) {
                                    data.free();
                                }

                                @Override
                                public void onError(WebSocketChannel channel, Void context, Throwable throwable) {
                                    data.free();
                                }
                            });
                        }

                        @Override
                        protected void onFullTextMessage(WebSocketChannel from, BufferedTextMessage message) {
                            WebSocketChannel to = ends.get(1 - side);
                            if (to != null) {
                                WebSockets.sendText(message.getData(), to, null);
                            }
                        }

                        @Override
                        protected void onCloseMessage(io.undertow.websockets.core.CloseMessage cm, WebSocketChannel from) {
                            PAIRS.remove(pair);
                            WebSocketChannel to = ends.get(1 - side);
                            if (to != null) {
                                WebSockets.sendClose(cm.getCode(), cm.getReason(), to, null);
                            }
                        }
                    });
                    channel.resumeReceives();
                })).build().start();
        System.out.println("bare relay on " + port);
    }
}
