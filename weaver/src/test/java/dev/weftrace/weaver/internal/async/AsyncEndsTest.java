package dev.weftrace.weaver.internal.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which declared return types each library's strategy follows. */
class AsyncEndsTest {

  @Test
  void futuresAreFollowedWithTheirSubtypes() {
    assertThat(AsyncEnds.forDeclaredType(CompletionStage.class))
        .isSameAs(AsyncEnds.forDeclaredType(CompletableFuture.class))
        .isInstanceOf(CompletionStageEnd.class);
    assertThat(AsyncEnds.forDeclaredType(ListenableFuture.class))
        .isSameAs(AsyncEnds.forDeclaredType(FluentFuture.class))
        .isSameAs(AsyncEnds.forDeclaredType(SettableFuture.class))
        .isInstanceOf(GuavaEnd.class);
    assertThat(AsyncEnds.forDeclaredType(io.vertx.core.Future.class)).isInstanceOf(VertxEnd.class);
  }

  @Test
  void lazyTypesAreFollowedOnlyAsDeclaredSinceTheyAreReturnedDecorated() {
    assertThat(AsyncEnds.forDeclaredType(Mono.class)).isInstanceOf(ReactorEnd.class);
    assertThat(AsyncEnds.forDeclaredType(Flux.class)).isInstanceOf(ReactorEnd.class);
    assertThat(AsyncEnds.forDeclaredType(Single.class)).isInstanceOf(RxJava3End.class);
    assertThat(AsyncEnds.forDeclaredType(Flowable.class)).isInstanceOf(RxJava3End.class);
    assertThat(AsyncEnds.forDeclaredType(Publisher.class)).isInstanceOf(ReactiveStreamsEnd.class);

    assertThat(AsyncEnds.forDeclaredType(Mono.just(1).getClass())).isNull();
  }

  @Test
  void plainValuesAndUnfollowableFuturesAreNotFollowed() {
    assertThat(AsyncEnds.forDeclaredType(String.class)).isNull();
    assertThat(AsyncEnds.forDeclaredType(Object.class)).isNull();
    assertThat(AsyncEnds.forDeclaredType(Future.class)).isNull();
  }
}
