package io.acme.ui.sign

import android.content.Context
import android.graphics.Path
import android.util.AttributeSet
import android.view.View

/** Finger-drawn signature pad. Exported as PNG, then hashed server side (SHA-256). */
class SignatureView(ctx: Context, attrs: AttributeSet?) : View(ctx, attrs) {
    private val path = Path()
    var onSigned: ((Signature) -> Unit)? = null

    fun clear() {
        path.reset()
        invalidate()
    }

    data class Signature(val strokes: Int, val digest: String)
}
