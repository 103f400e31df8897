// Dear ImGui's OpenGL 3 backend reads GL state back in every frame, to restore it after drawing.
// In Chromium seven of those reads are a synchronous round trip to the GPU process each (0.15-0.4
// ms on the build machine: together 1.5 ms of every frame); the others are answered inside the page
// in microseconds. Those seven are answered here without asking (the app is linked with
// --wrap=glGetIntegerv, cmake/WebApp.cmake; every other query goes to WebGL as before):
//  - the blend state: the backend is the page's only code that sets it, and it restores what it
//    read, so between frames it is always WebGL's initial state;
//  - the scissor box: the backend sets its own for each draw command and then restores the one it
//    read; the page (web_window.cpp) sets its own before each use. The box left between frames is
//    never used, so an empty one is as good as any.
#include <GLES3/gl3.h>

extern "C" {

void __real_glGetIntegerv(GLenum pname, GLint* data);

void __wrap_glGetIntegerv(GLenum pname, GLint* data) {
  switch (pname) {
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA:
      *data = GL_ONE;
      return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA:
      *data = GL_ZERO;
      return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA:
      *data = GL_FUNC_ADD;
      return;
    case GL_SCISSOR_BOX:
      data[0] = data[1] = data[2] = data[3] = 0;
      return;
    default:
      __real_glGetIntegerv(pname, data);
  }
}

}  // extern "C"
